using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Discord.Abstractions;
using Bot.Discord.Json;
using Bot.Discord.Json.Dto;

namespace Bot.Discord.Rest;

/// <summary>
/// <see cref="IDiscordRest"/> over Discord's v10 REST API. Each method checks its inputs, builds the route
/// (template + major id for rate limits) and maps the answer to a public record.
/// </summary>
internal sealed partial class DiscordRestClient(RestRequestSender sender, TimeProvider time) : IDiscordRest
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    /// <summary>Bulk delete refuses messages older than two weeks (docs: resources/message#bulk-delete-messages).</summary>
    private static readonly TimeSpan BulkDeleteMaxAge = TimeSpan.FromDays(14);

    /// <summary>Timeouts reach at most 28 days ahead (docs: resources/guild#modify-guild-member).</summary>
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(28);

    public async Task<DiscordResult<SentMessage>> SendMessageAsync(ChannelId channel, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        if (MessageLimits.Check(message, allowEmpty: false) is { } invalid)
            return invalid;
        var body = Serialize(MessageRequestBuilder.Build(message, allowEphemeral: false), Json.MessageRequestDto);
        var request = new RestRequest(Route(HttpMethod.Post, "channels/{channel_id}/messages", channel.Value), $"channels/{channel}/messages", body);
        return ToSent(await SendAsync(request, Json.MessageDto, cancellationToken));
    }

    public async Task<DiscordResult> EditMessageAsync(ChannelId channel, MessageId message, OutgoingMessage edit, CancellationToken cancellationToken = default)
    {
        if (MessageLimits.Check(edit, allowEmpty: false) is { } invalid)
            return invalid;
        var body = Serialize(MessageRequestBuilder.BuildEdit(edit), Json.MessageRequestDto);
        var request = new RestRequest(Route(HttpMethod.Patch, "channels/{channel_id}/messages/{message_id}", channel.Value), $"channels/{channel}/messages/{message}", body);
        return (await sender.SendAsync(request, cancellationToken)).WithoutValue();
    }

    public async Task<DiscordResult> DeleteMessageAsync(ChannelId channel, MessageId message, string? auditReason, CancellationToken cancellationToken = default)
    {
        var request = new RestRequest(Route(HttpMethod.Delete, "channels/{channel_id}/messages/{message_id}", channel.Value), $"channels/{channel}/messages/{message}", AuditReason: auditReason);
        return (await sender.SendAsync(request, cancellationToken)).WithoutValue();
    }

    public async Task<DiscordResult> BulkDeleteMessagesAsync(ChannelId channel, IReadOnlyList<MessageId> messages, string? auditReason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count is < 2 or > 100)
            return Invalid($"bulk delete takes 2 to 100 messages, not {messages.Count}");
        if (messages.Distinct().Count() != messages.Count)
            return Invalid("bulk delete was given the same message twice");
        var oldest = time.GetUtcNow() - BulkDeleteMaxAge;
        if (messages.FirstOrDefault(m => Snowflake.CreatedAt(m.Value) < oldest) is { Value: not 0 } old)
            return Invalid($"message {old} is older than two weeks and cannot be bulk deleted");
        var body = Serialize(new BulkDeleteDto { Messages = messages.Select(m => m.ToString()).ToList() }, Json.BulkDeleteDto);
        var request = new RestRequest(Route(HttpMethod.Post, "channels/{channel_id}/messages/bulk-delete", channel.Value), $"channels/{channel}/messages/bulk-delete", body, auditReason);
        return (await sender.SendAsync(request, cancellationToken)).WithoutValue();
    }

    public async Task<DiscordResult<IReadOnlyList<DiscordMessage>>> GetRecentMessagesAsync(ChannelId channel, int limit, MessageId? before = null, CancellationToken cancellationToken = default)
    {
        if (limit is < 1 or > 100)
            return Invalid($"message history is read 1 to 100 at a time, not {limit}");
        var query = before is { } b
            ? string.Create(CultureInfo.InvariantCulture, $"channels/{channel}/messages?limit={limit}&before={b}")
            : string.Create(CultureInfo.InvariantCulture, $"channels/{channel}/messages?limit={limit}");
        var request = new RestRequest(Route(HttpMethod.Get, "channels/{channel_id}/messages", channel.Value), query);
        var result = await SendAsync(request, Json.ListMessageDto, cancellationToken);
        if (!result.IsSuccess)
            return result.Error!;
        return DiscordResult<IReadOnlyList<DiscordMessage>>.Ok(result.Value!.ConvertAll(m => DtoMapper.ToMessage(m)));
    }

    public Task<DiscordResult> TimeoutMemberAsync(GuildId guild, UserId user, DateTimeOffset until, string? auditReason, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (until <= now)
            return Task.FromResult<DiscordResult>(Invalid("a timeout must end in the future"));
        if (until > now + MaxTimeout)
            return Task.FromResult<DiscordResult>(Invalid("a timeout can last at most 28 days"));
        return ModifyTimeoutAsync(guild, user, until, auditReason, cancellationToken);
    }

    public Task<DiscordResult> RemoveTimeoutAsync(GuildId guild, UserId user, string? auditReason, CancellationToken cancellationToken = default) =>
        ModifyTimeoutAsync(guild, user, null, auditReason, cancellationToken);

    public async Task<DiscordResult> KickMemberAsync(GuildId guild, UserId user, string? auditReason, CancellationToken cancellationToken = default)
    {
        var request = new RestRequest(Route(HttpMethod.Delete, "guilds/{guild_id}/members/{user_id}", guild.Value), $"guilds/{guild}/members/{user}", AuditReason: auditReason);
        return (await sender.SendAsync(request, cancellationToken)).WithoutValue();
    }

    public async Task<DiscordResult> BanMemberAsync(GuildId guild, UserId user, TimeSpan deleteMessagesFrom, string? auditReason, CancellationToken cancellationToken = default)
    {
        // delete_message_seconds is 0 to 604800 (7 days) (docs: resources/guild#create-guild-ban).
        if (deleteMessagesFrom < TimeSpan.Zero || deleteMessagesFrom > TimeSpan.FromDays(7))
            return Invalid("a ban deletes at most the last 7 days of messages");
        var body = Serialize(new BanRequestDto { DeleteMessageSeconds = (int)deleteMessagesFrom.TotalSeconds }, Json.BanRequestDto);
        var request = new RestRequest(Route(HttpMethod.Put, "guilds/{guild_id}/bans/{user_id}", guild.Value), $"guilds/{guild}/bans/{user}", body, auditReason);
        return (await sender.SendAsync(request, cancellationToken)).WithoutValue();
    }

    public async Task<DiscordResult<GuildMember>> GetMemberAsync(GuildId guild, UserId user, CancellationToken cancellationToken = default)
    {
        var request = new RestRequest(Route(HttpMethod.Get, "guilds/{guild_id}/members/{user_id}", guild.Value), $"guilds/{guild}/members/{user}");
        var result = await SendAsync(request, Json.MemberDto, cancellationToken);
        return result.IsSuccess ? DiscordResult<GuildMember>.Ok(DtoMapper.ToMember(result.Value!, user)) : result.Error!;
    }

    public async Task<DiscordResult<IReadOnlyList<RoleInfo>>> GetRolesAsync(GuildId guild, CancellationToken cancellationToken = default)
    {
        var request = new RestRequest(Route(HttpMethod.Get, "guilds/{guild_id}/roles", guild.Value), $"guilds/{guild}/roles");
        var result = await SendAsync(request, Json.ListRoleDto, cancellationToken);
        return result.IsSuccess ? DiscordResult<IReadOnlyList<RoleInfo>>.Ok(result.Value!.ConvertAll(DtoMapper.ToRole)) : result.Error!;
    }

    public async Task<DiscordResult<ChannelInfo>> CreateThreadFromMessageAsync(ChannelId channel, MessageId message, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is < 1 or > 100)
            return Invalid("a thread name has 1 to 100 characters");
        var body = Serialize(new StartThreadDto { Name = name }, Json.StartThreadDto);
        var request = new RestRequest(Route(HttpMethod.Post, "channels/{channel_id}/messages/{message_id}/threads", channel.Value), $"channels/{channel}/messages/{message}/threads", body);
        var result = await SendAsync(request, Json.ChannelDto, cancellationToken);
        return result.IsSuccess ? DiscordResult<ChannelInfo>.Ok(DtoMapper.ToChannel(result.Value!)) : result.Error!;
    }

    public async Task<DiscordResult> SetSlowmodeAsync(ChannelId channel, int seconds, string? auditReason, CancellationToken cancellationToken = default)
    {
        // rate_limit_per_user is 0 to 21600 (docs: resources/channel#modify-channel).
        if (seconds is < 0 or > 21600)
            return Invalid($"slowmode is 0 to 21600 seconds, not {seconds}");
        var body = Serialize(new SlowmodeDto { RateLimitPerUser = seconds }, Json.SlowmodeDto);
        var request = new RestRequest(Route(HttpMethod.Patch, "channels/{channel_id}", channel.Value), $"channels/{channel}", body, auditReason);
        return (await sender.SendAsync(request, cancellationToken)).WithoutValue();
    }

    public async Task<DiscordResult<SentMessage>> SendDirectMessageAsync(UserId user, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        if (MessageLimits.Check(message, allowEmpty: false) is { } invalid)
            return invalid;
        var body = Serialize(new CreateDmDto { RecipientId = user.ToString() }, Json.CreateDmDto);
        var open = await SendAsync(new RestRequest(Route(HttpMethod.Post, "users/@me/channels", 0), "users/@me/channels", body), Json.ChannelDto, cancellationToken);
        if (!open.IsSuccess)
            return open.Error!;
        return await SendMessageAsync(new ChannelId(open.Value!.Id), message, cancellationToken);
    }

    /// <summary>GET /gateway/bot: the gateway URL, recommended shards and identify limits.</summary>
    public Task<DiscordResult<GatewayBotDto>> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(new RestRequest(Route(HttpMethod.Get, "gateway/bot", 0), "gateway/bot"), Json.GatewayBotDto, cancellationToken);

    private async Task<DiscordResult> ModifyTimeoutAsync(GuildId guild, UserId user, DateTimeOffset? until, string? auditReason, CancellationToken cancellationToken)
    {
        var body = Serialize(new MemberTimeoutDto { CommunicationDisabledUntil = until?.ToUniversalTime() }, Json.MemberTimeoutDto);
        var request = new RestRequest(Route(HttpMethod.Patch, "guilds/{guild_id}/members/{user_id}", guild.Value), $"guilds/{guild}/members/{user}", body, auditReason);
        return (await sender.SendAsync(request, cancellationToken)).WithoutValue();
    }

    private async Task<DiscordResult<T>> SendAsync<T>(RestRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var result = await sender.SendAsync(request, cancellationToken);
        if (!result.IsSuccess)
            return result.Error!;
        try
        {
            return JsonSerializer.Deserialize(result.Value, typeInfo) is { } value
                ? DiscordResult<T>.Ok(value)
                : new DiscordError(DiscordErrorKind.Transient, $"Discord answered {request.Route.RouteId} with an empty body.");
        }
        catch (JsonException ex)
        {
            return new DiscordError(DiscordErrorKind.Transient, $"Discord's answer to {request.Route.RouteId} could not be read: {ex.Message}");
        }
    }

    private static DiscordResult<SentMessage> ToSent(DiscordResult<MessageDto> result) => result.IsSuccess
        ? DiscordResult<SentMessage>.Ok(new SentMessage(new MessageId(result.Value!.Id), new ChannelId(result.Value.ChannelId)))
        : result.Error!;

    private static RouteKey Route(HttpMethod method, string template, ulong major) =>
        new(method, template, major.ToString(CultureInfo.InvariantCulture));

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private static DiscordError Invalid(string message) => new(DiscordErrorKind.Invalid, "Not sent: " + message + ".");
}
