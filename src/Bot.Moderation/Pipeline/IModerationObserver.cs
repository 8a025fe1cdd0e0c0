using Bot.Data.Entities;

namespace Bot.Moderation.Pipeline;

/// <summary>
/// Told about every message the pipeline scored, after its action (if any) is settled. The demo uses it to report
/// each comment's scores and case as they happen; observers must be quick and must not throw.
/// </summary>
public interface IModerationObserver
{
    void OnModerated(MessageEvaluation evaluation, ModerationCase? moderationCase);
}
