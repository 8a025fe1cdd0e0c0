namespace Bot.Discord.Abstractions;

/// <summary>
/// The Discord actions the bot takes. Expected failures (missing permission, unknown message, rate limit,
/// outage) come back as <see cref="DiscordError"/> values; limits are checked before a request is sent.
/// </summary>
public interface IDiscordRest
{
    Task<DiscordResult<SentMessage>> SendMessageAsync(ChannelId channel, OutgoingMessage message, CancellationToken cancellationToken = default);

    Task<DiscordResult> EditMessageAsync(ChannelId channel, MessageId message, OutgoingMessage edit, CancellationToken cancellationToken = default);

    Task<DiscordResult> DeleteMessageAsync(ChannelId channel, MessageId message, string? auditReason, CancellationToken cancellationToken = default);

    /// <summary>Deletes 2 to 100 messages younger than two weeks in one call.</summary>
    Task<DiscordResult> BulkDeleteMessagesAsync(ChannelId channel, IReadOnlyList<MessageId> messages, string? auditReason, CancellationToken cancellationToken = default);

    /// <summary>Newest first, up to 100.</summary>
    Task<DiscordResult<IReadOnlyList<DiscordMessage>>> GetRecentMessagesAsync(ChannelId channel, int limit, MessageId? before = null, CancellationToken cancellationToken = default);

    /// <summary>Times a member out until <paramref name="until"/> (at most 28 days ahead).</summary>
    Task<DiscordResult> TimeoutMemberAsync(GuildId guild, UserId user, DateTimeOffset until, string? auditReason, CancellationToken cancellationToken = default);

    Task<DiscordResult> RemoveTimeoutAsync(GuildId guild, UserId user, string? auditReason, CancellationToken cancellationToken = default);

    Task<DiscordResult> KickMemberAsync(GuildId guild, UserId user, string? auditReason, CancellationToken cancellationToken = default);

    Task<DiscordResult> BanMemberAsync(GuildId guild, UserId user, TimeSpan deleteMessagesFrom, string? auditReason, CancellationToken cancellationToken = default);

    Task<DiscordResult<GuildMember>> GetMemberAsync(GuildId guild, UserId user, CancellationToken cancellationToken = default);

    Task<DiscordResult<IReadOnlyList<RoleInfo>>> GetRolesAsync(GuildId guild, CancellationToken cancellationToken = default);

    /// <summary>Starts a public thread from a message.</summary>
    Task<DiscordResult<ChannelInfo>> CreateThreadFromMessageAsync(ChannelId channel, MessageId message, string name, CancellationToken cancellationToken = default);

    /// <summary>Sets slowmode (0 to 21600 seconds) on a channel or thread.</summary>
    Task<DiscordResult> SetSlowmodeAsync(ChannelId channel, int seconds, string? auditReason, CancellationToken cancellationToken = default);

    /// <summary>Opens (or reuses) the DM channel with a user and sends there.</summary>
    Task<DiscordResult<SentMessage>> SendDirectMessageAsync(UserId user, OutgoingMessage message, CancellationToken cancellationToken = default);

    /// <summary>The initial response; must come within 3 seconds of the interaction.</summary>
    Task<DiscordResult> RespondToInteractionAsync(InteractionId interaction, string token, InteractionResponse response, CancellationToken cancellationToken = default);

    Task<DiscordResult<SentMessage>> FollowUpAsync(ApplicationId application, string token, OutgoingMessage message, CancellationToken cancellationToken = default);

    /// <summary>Replaces the deferred or original response.</summary>
    Task<DiscordResult> EditOriginalResponseAsync(ApplicationId application, string token, OutgoingMessage message, CancellationToken cancellationToken = default);

    /// <summary>Replaces all of a guild's commands with <paramref name="commands"/>; stale ones disappear.</summary>
    Task<DiscordResult> OverwriteGuildCommandsAsync(ApplicationId application, GuildId guild, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken = default);

    /// <summary>Replaces all global commands with <paramref name="commands"/>.</summary>
    Task<DiscordResult> OverwriteGlobalCommandsAsync(ApplicationId application, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken = default);
}
