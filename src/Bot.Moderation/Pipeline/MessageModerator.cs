using System.Text.RegularExpressions;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Actions;
using Bot.Moderation.Cases;
using Bot.Moderation.Heat;
using Bot.Moderation.Policy;
using Bot.Moderation.Preview;
using Bot.Moderation.Settings;
using Bot.Scoring.Incivility;
using Bot.Scoring.Repetition;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Pipeline;

/// <summary>
/// Moderates one new or edited message: watched channel or thread, not exempt, not a replay; scored for incivility and
/// repetition; decided by the guild's policy; acted on through the executor.
/// </summary>
public sealed partial class MessageModerator(
    IGuildPolicyCache policies,
    GuildDirectory directory,
    SelfActionTracker selfActions,
    ReplayGuard replay,
    IIncivilityScorer incivility,
    IRepetitionDetector repetition,
    CaseStore cases,
    ModerationExecutor executor,
    ScoredMessageRecorder recorder,
    ThreadHeatMonitor heat,
    TimeProvider timeProvider,
    ILogger<MessageModerator> logger)
{
    private const int PreviewExcerptLength = 200;
    public Task HandleAsync(MessageCreated created, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(created);
        var candidate = MessageCandidate.From(created.Message, directory);
        return candidate is null ? Task.CompletedTask : ModerateAsync(candidate, cancellationToken);
    }

    public Task HandleAsync(MessageUpdated updated, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updated);
        var candidate = MessageCandidate.From(updated, directory, timeProvider.GetUtcNow());
        return candidate is null ? Task.CompletedTask : ModerateAsync(candidate, cancellationToken);
    }

    /// <summary>Scores and decides without acting; null when the message is not moderated (unwatched, exempt, replay).</summary>
    public async ValueTask<MessageEvaluation?> EvaluateAsync(MessageCandidate message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var policy = await policies.GetAsync(message.Guild, cancellationToken);
        var parent = directory.ParentOf(message.Channel);
        if (!policy.WatchedChannels.Contains(message.Channel.Value) && (parent is not { } p || !policy.WatchedChannels.Contains(p.Value)))
        {
            return null;
        }

        if (Exemptions.Check(policy, message, parent, selfActions.BotUser, directory) is { } exemption)
        {
            LogExempt(logger, message.Message, exemption);
            return null;
        }

        if (!replay.TryRecord(message.Message, message.Content))
        {
            LogReplay(logger, message.Message);
            return null;
        }

        var scores = new MessageScores(
            incivility.Score(message.Content),
            message.IsEdit
                ? RepetitionResult.None // An edit is not a new post; only its words are scored again.
                : repetition.Observe(new PostedMessage(
                    message.Guild.Value, message.Channel.Value, parent is not null, message.Author.Id.Value, message.Message.Value,
                    message.Content, message.Timestamp, message.MentionCount, CountLinks(message.Content)), RepetitionSettings.Default));
        recorder.Record(new ScoredMessage
        {
            GuildId = message.Guild.Value,
            ChannelId = message.Channel.Value,
            MessageId = message.Message.Value,
            UserId = message.Author.Id.Value,
            Incivility = scores.Incivility.Score,
            Repetition = scores.Repetition.Score,
            Excerpt = CaseStore.Excerpt(message.Content, PreviewExcerptLength),
            ScoredAt = timeProvider.GetUtcNow(),
        });

        var strikes = 0;
        if (policy.Incivility.Classify(scores.Incivility.Score) >= Severity.Delete
            || policy.Repetition.Classify(scores.Repetition.Score) >= Severity.Delete)
        {
            strikes = await cases.CountActiveStrikesAsync(message.Guild, message.Author.Id, policy.IsShadow, cancellationToken);
        }

        var thread = parent is null ? (ChannelId?)null : message.Channel;
        return new MessageEvaluation(message, policy, scores, ModerationPolicy.Decide(policy, scores, strikes), thread);
    }

    /// <summary>Takes the decided action (or records it, in shadow mode) and feeds thread heat.</summary>
    public async Task ActAsync(MessageEvaluation evaluation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var (message, policy, scores, decision, thread) = evaluation;
        if (decision.Severity == Severity.None)
        {
            return;
        }

        // The in-memory replay guard is gone after a restart; the case log still knows this message version.
        if (await cases.ExistsForMessageAsync(message.Guild, message.Message, message.Content, cancellationToken))
        {
            LogReplay(logger, message.Message);
            return;
        }

        var moderationCase = await executor.ExecuteAsync(new ModerationRequest
        {
            Guild = message.Guild,
            User = message.Author.Id,
            Action = decision.Action,
            Channel = message.Channel,
            Message = message.Message,
            Text = message.Content,
            DeleteMessage = decision.DeleteMessage,
            TimeoutDuration = decision.Timeout,
            NotifyByDirectMessage = decision.WarnByDirectMessage,
            AlertModerators = decision.AlertModerators,
            AddStrike = decision.IsStrike,
            Shadow = policy.IsShadow,
            Incivility = scores.Incivility.Score,
            Repetition = scores.Repetition.Score,
            Reasons = decision.Reasons,
            Terms = scores.Incivility.Terms,
        }, cancellationToken);
        LogCase(logger, moderationCase.Number, moderationCase.Action, moderationCase.Outcome, message.Guild, message.Message);

        if (thread is { } hotCandidate)
        {
            await heat.RecordFlaggedAsync(message.Guild, hotCandidate, act: !policy.IsShadow, cancellationToken);
        }
    }

    private async Task ModerateAsync(MessageCandidate message, CancellationToken cancellationToken)
    {
        if (await EvaluateAsync(message, cancellationToken) is { } evaluation)
        {
            await ActAsync(evaluation, cancellationToken);
        }
    }

    private static int CountLinks(string text) => LinkPattern().Count(text);

    [GeneratedRegex(@"https?://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message {MessageId} exempt: {Exemption}")]
    private static partial void LogExempt(ILogger logger, MessageId messageId, string exemption);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message {MessageId} already processed; replay ignored")]
    private static partial void LogReplay(ILogger logger, MessageId messageId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseNumber}: {Action} {Outcome} in guild {GuildId} for message {MessageId}")]
    private static partial void LogCase(ILogger logger, int caseNumber, CaseAction action, CaseOutcome outcome, GuildId guildId, MessageId messageId);
}
