using System.Collections.Concurrent;
using Bot.Discord.Abstractions;
using ApplicationId = Bot.Discord.Abstractions.ApplicationId;

namespace Bot.Moderation.Tests.Commands;

/// <summary>
/// A narrow IDiscordRest seam for the command tests: records every call, answers from a small in-memory guild
/// (members, roles, channel history) and fails the calls a test asks it to.
/// </summary>
public sealed class RecordingRest : IDiscordRest
{
    private readonly ConcurrentDictionary<InteractionId, bool> _responded = new();
    private long _nextMessage = 900_000;

    public ConcurrentDictionary<UserId, GuildMember> Members { get; } = new();
    public List<RoleInfo> Roles { get; } = [];
    public ConcurrentDictionary<ChannelId, List<DiscordMessage>> History { get; } = new();

    public ConcurrentQueue<InteractionResponse> Responses { get; } = new();
    public ConcurrentQueue<OutgoingMessage> Replies { get; } = new();
    public ConcurrentQueue<(ChannelId Channel, OutgoingMessage Message)> Sent { get; } = new();
    public ConcurrentQueue<(UserId User, OutgoingMessage Message)> DirectMessages { get; } = new();
    public ConcurrentQueue<(UserId User, DateTimeOffset Until)> Timeouts { get; } = new();
    public ConcurrentQueue<UserId> RemovedTimeouts { get; } = new();
    public ConcurrentQueue<IReadOnlyList<MessageId>> BulkDeletes { get; } = new();
    public ConcurrentQueue<MessageId> Deletes { get; } = new();
    public ConcurrentQueue<(GuildId Guild, IReadOnlyList<CommandDefinition> Commands)> GuildOverwrites { get; } = new();
    public ConcurrentQueue<IReadOnlyList<CommandDefinition>> GlobalOverwrites { get; } = new();

    /// <summary>When set, timeouts fail with it.</summary>
    public DiscordError? TimeoutError { get; set; }

    /// <summary>The text of the latest answer to an interaction, whichever endpoint it went to.</summary>
    public string LastReply => Replies.LastOrDefault() is { } last ? last.Content ?? (last.Embeds.Count > 0 ? last.Embeds[0].Title ?? "" : "") : "";

    public Task<DiscordResult<SentMessage>> SendMessageAsync(ChannelId channel, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue((channel, message));
        return Task.FromResult(DiscordResult<SentMessage>.Ok(new SentMessage(new MessageId((ulong)Interlocked.Increment(ref _nextMessage)), channel)));
    }

    public Task<DiscordResult> EditMessageAsync(ChannelId channel, MessageId message, OutgoingMessage edit, CancellationToken cancellationToken = default) =>
        Task.FromResult(DiscordResult.Success);

    public Task<DiscordResult> DeleteMessageAsync(ChannelId channel, MessageId message, string? auditReason, CancellationToken cancellationToken = default)
    {
        Deletes.Enqueue(message);
        return Task.FromResult(DiscordResult.Success);
    }

    public Task<DiscordResult> BulkDeleteMessagesAsync(ChannelId channel, IReadOnlyList<MessageId> messages, string? auditReason, CancellationToken cancellationToken = default)
    {
        BulkDeletes.Enqueue(messages);
        return Task.FromResult(messages.Count is >= 2 and <= 100
            ? DiscordResult.Success
            : DiscordResult.Fail(DiscordErrorKind.Invalid, "bulk delete takes 2 to 100 messages"));
    }

    public Task<DiscordResult<IReadOnlyList<DiscordMessage>>> GetRecentMessagesAsync(ChannelId channel, int limit, MessageId? before = null, CancellationToken cancellationToken = default)
    {
        var messages = History.GetValueOrDefault(channel) ?? [];
        IReadOnlyList<DiscordMessage> page = [.. messages.Where(m => before is null || m.Id.Value < before.Value.Value).OrderByDescending(m => m.Id.Value).Take(limit)];
        return Task.FromResult(DiscordResult<IReadOnlyList<DiscordMessage>>.Ok(page));
    }

    public Task<DiscordResult> TimeoutMemberAsync(GuildId guild, UserId user, DateTimeOffset until, string? auditReason, CancellationToken cancellationToken = default)
    {
        if (TimeoutError is { } error)
        {
            return Task.FromResult<DiscordResult>(error);
        }

        Timeouts.Enqueue((user, until));
        return Task.FromResult(DiscordResult.Success);
    }

    public Task<DiscordResult> RemoveTimeoutAsync(GuildId guild, UserId user, string? auditReason, CancellationToken cancellationToken = default)
    {
        RemovedTimeouts.Enqueue(user);
        return Task.FromResult(DiscordResult.Success);
    }

    public Task<DiscordResult> KickMemberAsync(GuildId guild, UserId user, string? auditReason, CancellationToken cancellationToken = default) =>
        Task.FromResult(DiscordResult.Success);

    public Task<DiscordResult> BanMemberAsync(GuildId guild, UserId user, TimeSpan deleteMessagesFrom, string? auditReason, CancellationToken cancellationToken = default) =>
        Task.FromResult(DiscordResult.Success);

    public Task<DiscordResult<GuildMember>> GetMemberAsync(GuildId guild, UserId user, CancellationToken cancellationToken = default) =>
        Task.FromResult(Members.TryGetValue(user, out var member)
            ? DiscordResult<GuildMember>.Ok(member)
            : new DiscordError(DiscordErrorKind.NotFound, "Unknown Member", 10007));

    public Task<DiscordResult<IReadOnlyList<RoleInfo>>> GetRolesAsync(GuildId guild, CancellationToken cancellationToken = default) =>
        Task.FromResult(DiscordResult<IReadOnlyList<RoleInfo>>.Ok([.. Roles]));

    public Task<DiscordResult<ChannelInfo>> CreateThreadFromMessageAsync(ChannelId channel, MessageId message, string name, CancellationToken cancellationToken = default) =>
        Task.FromResult<DiscordResult<ChannelInfo>>(new DiscordError(DiscordErrorKind.Invalid, "not used by commands"));

    public Task<DiscordResult> SetSlowmodeAsync(ChannelId channel, int seconds, string? auditReason, CancellationToken cancellationToken = default) =>
        Task.FromResult(DiscordResult.Success);

    public Task<DiscordResult<SentMessage>> SendDirectMessageAsync(UserId user, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        DirectMessages.Enqueue((user, message));
        return Task.FromResult(DiscordResult<SentMessage>.Ok(new SentMessage(new MessageId((ulong)Interlocked.Increment(ref _nextMessage)), new ChannelId(user.Value))));
    }

    public Task<DiscordResult> RespondToInteractionAsync(InteractionId interaction, string token, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        // Like Discord: an interaction is acknowledged once; a second initial response is refused.
        if (!_responded.TryAdd(interaction, true))
        {
            return Task.FromResult(DiscordResult.Fail(DiscordErrorKind.Invalid, "Interaction has already been acknowledged.", 40060));
        }

        Responses.Enqueue(response);
        if (response.Kind is InteractionResponseKind.ChannelMessage or InteractionResponseKind.UpdateMessage && response.Message is { } message)
        {
            Replies.Enqueue(message);
        }

        return Task.FromResult(DiscordResult.Success);
    }

    public Task<DiscordResult<SentMessage>> FollowUpAsync(ApplicationId application, string token, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        Replies.Enqueue(message);
        return Task.FromResult(DiscordResult<SentMessage>.Ok(new SentMessage(new MessageId((ulong)Interlocked.Increment(ref _nextMessage)), new ChannelId(1))));
    }

    public Task<DiscordResult> EditOriginalResponseAsync(ApplicationId application, string token, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        Replies.Enqueue(message);
        return Task.FromResult(DiscordResult.Success);
    }

    public Task<DiscordResult> OverwriteGuildCommandsAsync(ApplicationId application, GuildId guild, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken = default)
    {
        GuildOverwrites.Enqueue((guild, commands));
        return Task.FromResult(DiscordResult.Success);
    }

    public Task<DiscordResult> OverwriteGlobalCommandsAsync(ApplicationId application, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken = default)
    {
        GlobalOverwrites.Enqueue(commands);
        return Task.FromResult(DiscordResult.Success);
    }
}
