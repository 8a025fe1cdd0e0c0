using System.Collections.Concurrent;
using Bot.Data.Entities;
using Bot.Moderation.Pipeline;

namespace Bot.Host.Demo;

/// <summary>Hands the demo each message's verdict as the pipeline settles it, keyed by message id.</summary>
internal sealed class DemoObserver : IModerationObserver
{
    private readonly ConcurrentDictionary<ulong, TaskCompletionSource<MessageVerdict>> _verdicts = new();

    public void OnModerated(MessageEvaluation evaluation, ModerationCase? moderationCase) =>
        Slot(evaluation.Message.Message.Value).TrySetResult(new MessageVerdict(evaluation, moderationCase));

    /// <summary>The verdict on <paramref name="messageId"/>; null when none came in time (exempt, unwatched or stuck).</summary>
    public async Task<MessageVerdict?> WaitAsync(ulong messageId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await Slot(messageId).Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            _verdicts.TryRemove(messageId, out _);
        }
    }

    private TaskCompletionSource<MessageVerdict> Slot(ulong messageId) =>
        _verdicts.GetOrAdd(messageId, _ => new TaskCompletionSource<MessageVerdict>(TaskCreationOptions.RunContinuationsAsynchronously));
}

/// <summary>A message's scores and decision, and the case written for it (none when nothing was done).</summary>
internal sealed record MessageVerdict(MessageEvaluation Evaluation, ModerationCase? Case);
