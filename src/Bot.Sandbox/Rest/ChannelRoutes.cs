using System.Text.Json.Nodes;
using Bot.Sandbox.Json;

namespace Bot.Sandbox.Rest;

/// <summary>Channel and user routes: get, slowmode edit, thread from a message, DMs, the bot user (docs: resources/channel, resources/user).</summary>
internal sealed class ChannelRoutes : IRouteGroup
{
    private static readonly string[] Channel = ["channel_id"];

    public IEnumerable<(RouteSpec Spec, Func<RestRequest, RestResult> Handler)> Routes()
    {
        yield return (new RouteSpec("GET", "/channels/{channel_id}", SandboxBuckets.Default, Channel), Get);
        yield return (new RouteSpec("PATCH", "/channels/{channel_id}", SandboxBuckets.ChannelEdit, Channel), Patch);
        yield return (new RouteSpec("POST", "/channels/{channel_id}/messages/{message_id}/threads", SandboxBuckets.ThreadCreate, Channel), CreateThread);
        yield return (new RouteSpec("POST", "/users/@me/channels", SandboxBuckets.DirectMessage, []), OpenDm);
        yield return (new RouteSpec("GET", "/users/@me", SandboxBuckets.Default, []), r => RestResult.Ok(Payloads.User(r.World.Bot)));
    }

    private static RestResult Get(RestRequest request) =>
        RestGuards.Channel(request, out var channel) ?? RestResult.Ok(Payloads.Channel(request.World, channel));

    private static RestResult Patch(RestRequest request)
    {
        if (RestGuards.Channel(request, out var channel) is { } missing)
        {
            return missing;
        }

        var permission = channel.IsThread ? SandboxPermissions.ManageThreads : SandboxPermissions.ManageChannels;
        if (RestGuards.BotCan(request.World, channel, permission) is { } forbidden)
        {
            return forbidden;
        }

        if (request.BodyObject?["rate_limit_per_user"] is JsonValue value)
        {
            if (!value.TryGetValue<int>(out var seconds) || seconds is < 0 or > 21_600)
            {
                return RestResult.InvalidField("rate_limit_per_user", "NUMBER_TYPE_MAX", "Must be between 0 and 21600.");
            }

            request.World.SetSlowmode(channel, seconds, request.World.Bot.Id, request.AuditReason);
        }

        return RestResult.Ok(Payloads.Channel(request.World, channel));
    }

    private static RestResult CreateThread(RestRequest request)
    {
        if (RestGuards.Channel(request, out var channel) is { } missing)
        {
            return missing;
        }

        if (RestGuards.Message(request, channel, out var message) is { } unknown)
        {
            return unknown;
        }

        if (channel.IsThread || channel.GuildId is null)
        {
            return RestResult.Error(400, 50024, "Cannot execute action on this channel type");
        }

        if (message.ThreadId is not null)
        {
            return RestResult.Error(400, 160004, "A thread has already been created for this message");
        }

        if (RestGuards.BotCan(request.World, channel, SandboxPermissions.CreatePublicThreads) is { } forbidden)
        {
            return forbidden;
        }

        var name = MessageValidation.String(request.BodyObject, "name");
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            return RestResult.InvalidField("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }

        var thread = request.World.CreateThread(channel, message, name, request.World.Bot.Id, request.AuditReason);
        if (request.BodyObject?["rate_limit_per_user"] is JsonValue slow && slow.TryGetValue<int>(out var seconds) && seconds > 0)
        {
            thread.RateLimitPerUser = seconds;
        }

        return new RestResult(201, Payloads.Channel(request.World, thread));
    }

    private static RestResult OpenDm(RestRequest request)
    {
        var recipient = MessageValidation.String(request.BodyObject, "recipient_id");
        if (!ulong.TryParse(recipient, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var userId)
            || !request.World.Users.TryGetValue(userId, out var user))
        {
            return RestResult.NotFound(10013, "User");
        }

        if (user.Bot)
        {
            return RestResult.Error(400, 50007, "Cannot send messages to this user");
        }

        return RestResult.Ok(Payloads.Channel(request.World, request.World.DmChannel(user)));
    }
}
