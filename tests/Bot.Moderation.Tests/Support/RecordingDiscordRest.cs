using System.Collections.Concurrent;
using Bot.Discord.Abstractions;
using ApplicationId = Bot.Discord.Abstractions.ApplicationId;

namespace Bot.Moderation.Tests.Support;

/// <summary>An in-process Discord REST stand-in: records every call in order, can fail chosen calls, and signals counts.</summary>
public sealed class RecordingDiscordRest : IDiscordRest
{
    private readonly ConcurrentQueue<RestCall> _calls = new();
    private readonly ConcurrentDictionary<string, DiscordError> _failures = new();
    private readonly ConcurrentDictionary<UserId, GuildMember> _members = new();
    private long _nextId = 900_000;

    public IReadOnlyList<RestCall> Calls => [.. _calls];

    /// <summary>Runs before each call is recorded (a test can look at the database "while Discord is called").</summary>
    public Func<RestCall, Task>? BeforeCall { get; set; }

    public IEnumerable<RestCall> CallsOf(string method) => Calls.Where(c => c.Method == method);

    public void Fail(string method, DiscordErrorKind kind, string message) => _failures[method] = new DiscordError(kind, message);

    public void SetMember(GuildMember member) => _members[member.UserId] = member;

    public Task<DiscordResult<SentMessage>> SendMessageAsync(ChannelId channel, OutgoingMessage message, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(SendMessageAsync), Channel: channel, Message: message),
            () => DiscordResult<SentMessage>.Ok(new SentMessage(new MessageId((ulong)Interlocked.Increment(ref _nextId)), channel)));

    public Task<DiscordResult> EditMessageAsync(ChannelId channel, MessageId message, OutgoingMessage edit, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(EditMessageAsync), Channel: channel, MessageId: message, Message: edit));

    public Task<DiscordResult> DeleteMessageAsync(ChannelId channel, MessageId message, string? auditReason, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(DeleteMessageAsync), Channel: channel, MessageId: message, Reason: auditReason));

    public Task<DiscordResult> BulkDeleteMessagesAsync(ChannelId channel, IReadOnlyList<MessageId> messages, string? auditReason, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(BulkDeleteMessagesAsync), Channel: channel));

    public Task<DiscordResult<IReadOnlyList<DiscordMessage>>> GetRecentMessagesAsync(ChannelId channel, int limit, MessageId? before = null, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(GetRecentMessagesAsync), Channel: channel), () => DiscordResult<IReadOnlyList<DiscordMessage>>.Ok([]));

    public Task<DiscordResult> TimeoutMemberAsync(GuildId guild, UserId user, DateTimeOffset until, string? auditReason, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(TimeoutMemberAsync), Guild: guild, User: user, Until: until, Reason: auditReason));

    public Task<DiscordResult> RemoveTimeoutAsync(GuildId guild, UserId user, string? auditReason, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(RemoveTimeoutAsync), Guild: guild, User: user, Reason: auditReason));

    public Task<DiscordResult> KickMemberAsync(GuildId guild, UserId user, string? auditReason, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(KickMemberAsync), Guild: guild, User: user, Reason: auditReason));

    public Task<DiscordResult> BanMemberAsync(GuildId guild, UserId user, TimeSpan deleteMessagesFrom, string? auditReason, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(BanMemberAsync), Guild: guild, User: user, Reason: auditReason));

    public Task<DiscordResult<GuildMember>> GetMemberAsync(GuildId guild, UserId user, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(GetMemberAsync), Guild: guild, User: user), () => _members.TryGetValue(user, out var member)
            ? DiscordResult<GuildMember>.Ok(member)
            : new DiscordError(DiscordErrorKind.NotFound, "Unknown Member"));

    public Task<DiscordResult<IReadOnlyList<RoleInfo>>> GetRolesAsync(GuildId guild, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(GetRolesAsync), Guild: guild), () => DiscordResult<IReadOnlyList<RoleInfo>>.Ok([]));

    public Task<DiscordResult<ChannelInfo>> CreateThreadFromMessageAsync(ChannelId channel, MessageId message, string name, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(CreateThreadFromMessageAsync), Channel: channel),
            () => DiscordResult<ChannelInfo>.Ok(new ChannelInfo(new ChannelId(message.Value), null, name, ChannelKind.PublicThread, channel, 0)));

    public Task<DiscordResult> SetSlowmodeAsync(ChannelId channel, int seconds, string? auditReason, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(SetSlowmodeAsync), Channel: channel, Seconds: seconds, Reason: auditReason));

    public Task<DiscordResult<SentMessage>> SendDirectMessageAsync(UserId user, OutgoingMessage message, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(SendDirectMessageAsync), User: user, Message: message),
            () => DiscordResult<SentMessage>.Ok(new SentMessage(new MessageId((ulong)Interlocked.Increment(ref _nextId)), new ChannelId(1))));

    public Task<DiscordResult> RespondToInteractionAsync(InteractionId interaction, string token, InteractionResponse response, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(RespondToInteractionAsync), Response: response));

    public Task<DiscordResult<SentMessage>> FollowUpAsync(ApplicationId application, string token, OutgoingMessage message, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(FollowUpAsync), Message: message),
            () => DiscordResult<SentMessage>.Ok(new SentMessage(new MessageId((ulong)Interlocked.Increment(ref _nextId)), new ChannelId(1))));

    public Task<DiscordResult> EditOriginalResponseAsync(ApplicationId application, string token, OutgoingMessage message, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(EditOriginalResponseAsync), Message: message));

    public Task<DiscordResult> OverwriteGuildCommandsAsync(ApplicationId application, GuildId guild, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(OverwriteGuildCommandsAsync), Guild: guild));

    public Task<DiscordResult> OverwriteGlobalCommandsAsync(ApplicationId application, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken = default) =>
        RecordAsync(new RestCall(nameof(OverwriteGlobalCommandsAsync)));

    private async Task<DiscordResult> RecordAsync(RestCall call)
    {
        if (BeforeCall is { } before)
        {
            await before(call);
        }

        _calls.Enqueue(call);
        return _failures.TryGetValue(call.Method, out var error) ? error : DiscordResult.Success;
    }

    private async Task<DiscordResult<T>> RecordAsync<T>(RestCall call, Func<DiscordResult<T>> success)
    {
        if (BeforeCall is { } before)
        {
            await before(call);
        }

        _calls.Enqueue(call);
        return _failures.TryGetValue(call.Method, out var error) ? error : success();
    }
}

/// <summary>One recorded REST call.</summary>
public sealed record RestCall(
    string Method,
    GuildId? Guild = null,
    ChannelId? Channel = null,
    UserId? User = null,
    MessageId? MessageId = null,
    OutgoingMessage? Message = null,
    DateTimeOffset? Until = null,
    int? Seconds = null,
    string? Reason = null,
    InteractionResponse? Response = null);
