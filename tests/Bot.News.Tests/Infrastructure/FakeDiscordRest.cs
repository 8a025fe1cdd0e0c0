using System.Collections.Concurrent;
using Bot.Discord.Abstractions;
using ApplicationId = Bot.Discord.Abstractions.ApplicationId;

namespace Bot.News.Tests.Infrastructure;

/// <summary>Records the Discord calls the news feature makes; the rest answer "not supported" (the feature never calls them).</summary>
public sealed class FakeDiscordRest : IDiscordRest
{
    private TaskCompletionSource _sentSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextId = 1_000;

    public ConcurrentQueue<(ChannelId Channel, OutgoingMessage Message)> Sent { get; } = new();
    public ConcurrentQueue<(ChannelId Channel, MessageId Message, string Name)> Threads { get; } = new();
    public ConcurrentQueue<InteractionResponse> Responses { get; } = new();
    public ConcurrentQueue<OutgoingMessage> Edits { get; } = new();

    /// <summary>When set, thread creation fails with this error.</summary>
    public DiscordError? ThreadError { get; set; }

    public Task<DiscordResult<SentMessage>> SendMessageAsync(ChannelId channel, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue((channel, message));
        Interlocked.Exchange(ref _sentSignal, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        return Task.FromResult(DiscordResult<SentMessage>.Ok(new SentMessage(new MessageId(NextId()), channel)));
    }

    public Task<DiscordResult<ChannelInfo>> CreateThreadFromMessageAsync(ChannelId channel, MessageId message, string name, CancellationToken cancellationToken = default)
    {
        Threads.Enqueue((channel, message, name));
        return Task.FromResult(ThreadError is { } error
            ? (DiscordResult<ChannelInfo>)error
            : DiscordResult<ChannelInfo>.Ok(new ChannelInfo(new ChannelId(NextId()), null, name, ChannelKind.PublicThread, channel, 0)));
    }

    public Task<DiscordResult> RespondToInteractionAsync(InteractionId interaction, string token, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        Responses.Enqueue(response);
        return Task.FromResult(DiscordResult.Success);
    }

    public Task<DiscordResult> EditOriginalResponseAsync(ApplicationId application, string token, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        Edits.Enqueue(message);
        return Task.FromResult(DiscordResult.Success);
    }

    /// <summary>Completes once <paramref name="count"/> messages were sent, for work that runs on a background loop.</summary>
    public async Task WaitForSentAsync(int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Take the signal before counting, so a send between the two still wakes this wait.
            var signal = Volatile.Read(ref _sentSignal);
            if (Sent.Count >= count)
            {
                return;
            }

            await signal.Task.WaitAsync(cancellationToken);
        }
    }

    private ulong NextId() => (ulong)Interlocked.Increment(ref _nextId);

    private static Task<DiscordResult> Unsupported() => Task.FromResult(DiscordResult.Fail(DiscordErrorKind.Invalid, "not used by the news feature"));

    private static Task<DiscordResult<T>> Unsupported<T>() =>
        Task.FromResult<DiscordResult<T>>(new DiscordError(DiscordErrorKind.Invalid, "not used by the news feature"));

    public Task<DiscordResult> EditMessageAsync(ChannelId channel, MessageId message, OutgoingMessage edit, CancellationToken cancellationToken = default) => Unsupported();
    public Task<DiscordResult> DeleteMessageAsync(ChannelId channel, MessageId message, string? auditReason, CancellationToken cancellationToken = default) => Unsupported();
    public Task<DiscordResult> BulkDeleteMessagesAsync(ChannelId channel, IReadOnlyList<MessageId> messages, string? auditReason, CancellationToken cancellationToken = default) => Unsupported();
    public Task<DiscordResult<IReadOnlyList<DiscordMessage>>> GetRecentMessagesAsync(ChannelId channel, int limit, MessageId? before = null, CancellationToken cancellationToken = default) => Unsupported<IReadOnlyList<DiscordMessage>>();
    public Task<DiscordResult> TimeoutMemberAsync(GuildId guild, UserId user, DateTimeOffset until, string? auditReason, CancellationToken cancellationToken = default) => Unsupported();
    public Task<DiscordResult> RemoveTimeoutAsync(GuildId guild, UserId user, string? auditReason, CancellationToken cancellationToken = default) => Unsupported();
    public Task<DiscordResult> KickMemberAsync(GuildId guild, UserId user, string? auditReason, CancellationToken cancellationToken = default) => Unsupported();
    public Task<DiscordResult> BanMemberAsync(GuildId guild, UserId user, TimeSpan deleteMessagesFrom, string? auditReason, CancellationToken cancellationToken = default) => Unsupported();
    public Task<DiscordResult<GuildMember>> GetMemberAsync(GuildId guild, UserId user, CancellationToken cancellationToken = default) => Unsupported<GuildMember>();
    public Task<DiscordResult<IReadOnlyList<RoleInfo>>> GetRolesAsync(GuildId guild, CancellationToken cancellationToken = default) => Unsupported<IReadOnlyList<RoleInfo>>();
    public Task<DiscordResult> SetSlowmodeAsync(ChannelId channel, int seconds, string? auditReason, CancellationToken cancellationToken = default) => Unsupported();
    public Task<DiscordResult<SentMessage>> SendDirectMessageAsync(UserId user, OutgoingMessage message, CancellationToken cancellationToken = default) => Unsupported<SentMessage>();
    public Task<DiscordResult<SentMessage>> FollowUpAsync(ApplicationId application, string token, OutgoingMessage message, CancellationToken cancellationToken = default) => Unsupported<SentMessage>();
    public Task<DiscordResult> OverwriteGuildCommandsAsync(ApplicationId application, GuildId guild, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken = default) => Unsupported();
    public Task<DiscordResult> OverwriteGlobalCommandsAsync(ApplicationId application, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken = default) => Unsupported();
}
