using System.Collections.Concurrent;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Framework;

namespace Bot.Moderation.Tests.Commands;

/// <summary>
/// The real router, wrapped so a test can await the end of the bot's handling of one interaction: its answer, and
/// whatever it does after answering (a DM after an appeal's verdict), without polling the sandbox.
/// </summary>
public sealed class InteractionCompletions(InteractionRouter router) : IInteractionHandler
{
    private readonly ConcurrentDictionary<InteractionId, TaskCompletionSource> _handled = new();

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        try
        {
            await router.HandleAsync(interaction, cancellationToken);
            Entry(interaction.Id).TrySetResult();
        }
        catch (Exception exception)
        {
            Entry(interaction.Id).TrySetException(exception);
            throw;
        }
    }

    /// <summary>Completes when the bot has finished with the interaction, whether it arrived before or after this call.</summary>
    public Task WhenHandledAsync(InteractionId interaction) => Entry(interaction).Task;

    private TaskCompletionSource Entry(InteractionId interaction) =>
        _handled.GetOrAdd(interaction, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
