using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Sandbox.Json;
using Bot.Sandbox.State;

namespace Bot.Sandbox.Rest;

/// <summary>Guild member, ban and role routes (docs: resources/guild): timeout, kick, ban, unban, roles.</summary>
internal sealed class GuildRoutes : IRouteGroup
{
    private const string Member = "/guilds/{guild_id}/members/{user_id}";
    private const string Ban = "/guilds/{guild_id}/bans/{user_id}";
    private static readonly string[] Guild = ["guild_id"];
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(28);

    public IEnumerable<(RouteSpec Spec, Func<RestRequest, RestResult> Handler)> Routes()
    {
        yield return (new RouteSpec("GET", Member, SandboxBuckets.MemberRead, Guild), GetMember);
        yield return (new RouteSpec("PATCH", Member, SandboxBuckets.MemberEdit, Guild), PatchMember);
        yield return (new RouteSpec("DELETE", Member, SandboxBuckets.Kick, Guild), Kick);
        yield return (new RouteSpec("PUT", Ban, SandboxBuckets.Ban, Guild), PutBan);
        yield return (new RouteSpec("DELETE", Ban, SandboxBuckets.Ban, Guild), DeleteBan);
        yield return (new RouteSpec("GET", "/guilds/{guild_id}/bans", SandboxBuckets.Ban, Guild), ListBans);
        yield return (new RouteSpec("GET", "/guilds/{guild_id}/roles", SandboxBuckets.Roles, Guild), ListRoles);
    }

    private static RestResult GetMember(RestRequest request)
    {
        if (RestGuards.Guild(request, out var guild) is { } missing)
        {
            return missing;
        }

        return guild.Members.TryGetValue(request.Id("user_id"), out var member)
            ? RestResult.Ok(Payloads.Member(request.World, member, withUser: true))
            : RestResult.NotFound(10007, "Member");
    }

    private static RestResult PatchMember(RestRequest request)
    {
        if (RestGuards.Guild(request, out var guild) is { } missing)
        {
            return missing;
        }

        if (!guild.Members.TryGetValue(request.Id("user_id"), out var member))
        {
            return RestResult.NotFound(10007, "Member");
        }

        var body = request.BodyObject;
        if (body is null || !body.ContainsKey("communication_disabled_until"))
        {
            // Only timeouts are modelled; other member fields are accepted and ignored.
            return RestResult.Ok(Payloads.Member(request.World, member, withUser: true));
        }

        DateTimeOffset? until = null;
        if (body["communication_disabled_until"] is JsonValue value)
        {
            if (!value.TryGetValue<string>(out var text)
                || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return RestResult.InvalidField("communication_disabled_until", "DATE_TIME_TYPE_PARSE", "Could not parse the date.");
            }

            if (parsed - request.World.Now > MaxTimeout)
            {
                return RestResult.InvalidField("communication_disabled_until", "COMMUNICATION_DISABLED_UNTIL_TOO_LONG", "Timeout can be at most 28 days in the future.");
            }

            until = parsed;
        }

        var targetIsAdmin = (World.ComputePermissions(guild, member.UserId) & SandboxPermissions.Administrator) != 0;
        if (RestGuards.BotCan(request.World, guild, SandboxPermissions.ModerateMembers) is { } forbidden)
        {
            return forbidden;
        }

        if (targetIsAdmin || !request.World.BotOutranks(guild, member.UserId))
        {
            return RestResult.MissingPermissions();
        }

        request.World.SetTimeout(guild, member, until, request.World.Bot.Id, request.AuditReason);
        return RestResult.Ok(Payloads.Member(request.World, member, withUser: true));
    }

    private static RestResult Kick(RestRequest request)
    {
        if (RestGuards.Guild(request, out var guild) is { } missing)
        {
            return missing;
        }

        var userId = request.Id("user_id");
        if (!guild.Members.ContainsKey(userId))
        {
            return RestResult.NotFound(10007, "Member");
        }

        if (RestGuards.BotCan(request.World, guild, SandboxPermissions.KickMembers) is { } forbidden)
        {
            return forbidden;
        }

        if (!request.World.BotOutranks(guild, userId))
        {
            return RestResult.MissingPermissions();
        }

        request.World.Kick(guild, userId, request.World.Bot.Id, request.AuditReason);
        return RestResult.NoContent;
    }

    private static RestResult PutBan(RestRequest request)
    {
        if (RestGuards.Guild(request, out var guild) is { } missing)
        {
            return missing;
        }

        var userId = request.Id("user_id");
        if (!request.World.Users.ContainsKey(userId))
        {
            return RestResult.NotFound(10013, "User");
        }

        if (RestGuards.BotCan(request.World, guild, SandboxPermissions.BanMembers) is { } forbidden)
        {
            return forbidden;
        }

        if (guild.Members.ContainsKey(userId) && !request.World.BotOutranks(guild, userId))
        {
            return RestResult.MissingPermissions();
        }

        var seconds = request.BodyObject?["delete_message_seconds"] is JsonValue s && s.TryGetValue<int>(out var value) ? value : 0;
        if (seconds is < 0 or > 604_800)
        {
            return RestResult.InvalidField("delete_message_seconds", "NUMBER_TYPE_MAX", "Must be between 0 and 604800.");
        }

        request.World.Ban(guild, userId, request.World.Bot.Id, request.AuditReason, TimeSpan.FromSeconds(seconds));
        return RestResult.NoContent;
    }

    private static RestResult DeleteBan(RestRequest request)
    {
        if (RestGuards.Guild(request, out var guild) is { } missing)
        {
            return missing;
        }

        var userId = request.Id("user_id");
        if (!guild.Bans.ContainsKey(userId))
        {
            return RestResult.NotFound(10026, "Ban");
        }

        if (RestGuards.BotCan(request.World, guild, SandboxPermissions.BanMembers) is { } forbidden)
        {
            return forbidden;
        }

        request.World.Unban(guild, userId, request.World.Bot.Id, request.AuditReason);
        return RestResult.NoContent;
    }

    private static RestResult ListBans(RestRequest request) =>
        RestGuards.Guild(request, out var guild) ?? RestResult.Ok(new JsonArray([.. guild.Bans.Values.Select(b => (JsonNode)new JsonObject
        {
            ["reason"] = b.Reason,
            ["user"] = Payloads.User(request.World.Users[b.UserId]),
        })]));

    private static RestResult ListRoles(RestRequest request) =>
        RestGuards.Guild(request, out var guild)
        ?? RestResult.Ok(new JsonArray([.. guild.Roles.Values.OrderBy(r => r.Position).Select(r => (JsonNode)Payloads.Role(r))]));
}
