using System.Globalization;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Cases;
using Bot.Moderation.ModLog;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Moderator;

/// <summary>
/// <c>/purge user [count] [channel]</c>: deletes a member's recent messages. Messages younger than two weeks go in
/// bulk (at most 100 per call, Discord's limit); older ones one by one, since bulk delete refuses them. The executor
/// has no purge, so the case is opened directly, after the deletions, and posted like any other.
/// </summary>
public sealed class PurgeCommand(
    IDiscordRest rest,
    HierarchyGuard hierarchy,
    ChannelOptionGuard channels,
    CaseStore cases,
    ModLogPublisher modLog,
    TimeProvider time,
    ILogger<PurgeCommand> logger) : CommandModule(rest, logger)
{
    public const int DefaultCount = 50;
    public const int MaxCount = 100;

    /// <summary>How many of the channel's latest messages are searched for the member's.</summary>
    public const int ScanLimit = 500;

    // A margin below 14 days: a message crossing the line between our check and Discord's would fail the whole bulk call.
    private static readonly TimeSpan BulkAgeLimit = TimeSpan.FromDays(14) - TimeSpan.FromMinutes(5);

    public override IReadOnlyList<CommandDefinition> Commands { get; } =
    [
        new("purge", "Delete a member's recent messages")
        {
            DefaultMemberPermissions = DiscordPermissions.ManageMessages,
            Options =
            [
                Define.User("user", "Whose messages"),
                Define.WholeNumber("count", "How many (1-100, default 50)", required: false, 1, MaxCount),
                Define.Channel("channel", "Where (default: this channel)", required: false),
            ],
        },
    ];

    protected override DiscordPermissions RequiredPermissions(CommandContext context) => DiscordPermissions.ManageMessages;

    protected override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (user, _, member) = context.Options.GetRequiredUser("user");
        var count = context.Options.GetInteger("count") ?? DefaultCount;
        if (count is < 1 or > MaxCount)
        {
            throw new CommandInputException($"`count` must be between 1 and {MaxCount}; it was {count}.");
        }

        var channel = channels.EnsureInGuild(context, context.Options.GetChannel("channel") ?? context.Interaction.ChannelId
            ?? throw new CommandInputException("Name the channel to purge."));
        // Deferred first: the hierarchy check may need Discord calls, and the 3-second window does not wait.
        await context.DeferAsync(ephemeral: true, cancellationToken);
        await hierarchy.EnsureCanActOnAsync(context.Interaction, user, member, cancellationToken);

        var found = await FindAsync(channel, user, (int)count, cancellationToken);
        if (found.Error is { } scanError)
        {
            await context.ReplyAsync($"I could not read that channel: {scanError}", cancellationToken);
            return;
        }

        if (found.Messages.Count == 0)
        {
            await context.ReplyAsync($"No messages from <@{user}> among the latest {ScanLimit} in <#{channel}>.", cancellationToken);
            return;
        }

        var reason = $"Purge by {context.Interaction.User.Username}";
        var (deleted, failed) = await DeleteAsync(channel, found.Messages, reason, cancellationToken);
        var created = await cases.CreateAsync(
            new NewCase
            {
                Guild = context.Guild,
                User = user,
                Channel = channel,
                Action = CaseAction.Purge,
                Source = CaseSource.Moderator,
                Actor = context.Actor,
                Outcome = deleted > 0 ? CaseOutcome.Done : CaseOutcome.Failed,
                OutcomeDetail = string.Create(CultureInfo.InvariantCulture, $"{deleted} deleted, {failed} failed"),
            },
            cancellationToken);
        await modLog.PostAsync(created, null, cancellationToken);
        await context.ReplyAsync(
            $"Deleted {deleted} message(s) from <@{user}> in <#{channel}>{(failed > 0 ? $"; {failed} could not be deleted" : "")} (case #{created.Number}).",
            cancellationToken);
    }

    private async Task<(List<DiscordMessage> Messages, string? Error)> FindAsync(ChannelId channel, UserId user, int count, CancellationToken cancellationToken)
    {
        var matches = new List<DiscordMessage>(count);
        MessageId? before = null;
        for (var scanned = 0; scanned < ScanLimit && matches.Count < count;)
        {
            var page = await Rest.GetRecentMessagesAsync(channel, 100, before, cancellationToken);
            if (!page.IsSuccess)
            {
                return (matches, page.Error!.Message);
            }

            var messages = page.Value!;
            foreach (var message in messages)
            {
                if (message.Author.Id == user && matches.Count < count)
                {
                    matches.Add(message);
                }
            }

            scanned += messages.Count;
            if (messages.Count < 100)
            {
                break;
            }

            before = messages[^1].Id;
        }

        return (matches, null);
    }

    private async Task<(int Deleted, int Failed)> DeleteAsync(ChannelId channel, List<DiscordMessage> messages, string reason, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - BulkAgeLimit;
        var recent = messages.Where(m => m.Timestamp > cutoff).Select(m => m.Id).ToList();
        var singles = messages.Where(m => m.Timestamp <= cutoff).Select(m => m.Id).ToList();
        var (deleted, failed) = (0, 0);
        foreach (var chunk in recent.Chunk(MaxCount))
        {
            if (chunk.Length == 1)
            {
                // Bulk delete needs at least two messages.
                singles.Add(chunk[0]);
                continue;
            }

            var result = await Rest.BulkDeleteMessagesAsync(channel, chunk, reason, cancellationToken);
            (deleted, failed) = result.IsSuccess ? (deleted + chunk.Length, failed) : (deleted, failed + chunk.Length);
        }

        foreach (var message in singles)
        {
            var result = await Rest.DeleteMessageAsync(channel, message, reason, cancellationToken);
            (deleted, failed) = result.IsSuccess || result.Error!.Kind == DiscordErrorKind.NotFound ? (deleted + 1, failed) : (deleted, failed + 1);
        }

        return (deleted, failed);
    }
}
