using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Sandbox.Json;
using Bot.Sandbox.Model;
using Bot.Sandbox.State;

namespace Bot.Sandbox.Rest;

/// <summary>Channel message routes: create, read, edit, delete, bulk delete (docs: resources/message).</summary>
internal sealed class MessageRoutes : IRouteGroup
{
    private const string Messages = "/channels/{channel_id}/messages";
    private const string OneMessage = "/channels/{channel_id}/messages/{message_id}";
    private static readonly string[] Channel = ["channel_id"];
    private static readonly TimeSpan BulkDeleteMaxAge = TimeSpan.FromDays(14);

    public IEnumerable<(RouteSpec Spec, Func<RestRequest, RestResult> Handler)> Routes()
    {
        yield return (new RouteSpec("POST", Messages, SandboxBuckets.MessageCreate, Channel), Create);
        yield return (new RouteSpec("GET", Messages, SandboxBuckets.MessageRead, Channel), List);
        yield return (new RouteSpec("GET", OneMessage, SandboxBuckets.MessageRead, Channel), Get);
        yield return (new RouteSpec("PATCH", OneMessage, SandboxBuckets.MessageEdit, Channel), Edit);
        yield return (new RouteSpec("DELETE", OneMessage, SandboxBuckets.MessageDelete, Channel), Delete);
        yield return (new RouteSpec("POST", Messages + "/bulk-delete", SandboxBuckets.BulkDelete, Channel), BulkDelete);
    }

    /// <summary>Builds a draft from a create/follow-up body (content, embeds, components, flags, reply).</summary>
    public static World.MessageDraft Draft(JsonObject body) => new(MessageValidation.String(body, "content") ?? "")
    {
        Embeds = body["embeds"]?.DeepClone() as JsonArray,
        Components = body["components"]?.DeepClone() as JsonArray,
        Flags = body["flags"] is JsonValue flags && flags.TryGetValue<int>(out var f) ? f : 0,
        ReferencedMessageId = (body["message_reference"] as JsonObject)?["message_id"] is JsonValue id
            && ulong.TryParse(id.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null,
    };

    private static RestResult Create(RestRequest request)
    {
        if (RestGuards.Channel(request, out var channel) is { } missing)
        {
            return missing;
        }

        var permission = channel.IsThread ? SandboxPermissions.SendMessagesInThreads : SandboxPermissions.SendMessages;
        if (RestGuards.BotCan(request.World, channel, SandboxPermissions.ViewChannel | permission) is { } forbidden)
        {
            return forbidden;
        }

        if (MessageValidation.Validate(request.BodyObject, requireSomething: true) is { } invalid)
        {
            return invalid;
        }

        var draft = Draft(request.BodyObject!);
        if (draft.ReferencedMessageId is { } referenced && !request.World.Messages.ContainsKey(referenced))
        {
            return RestResult.InvalidField("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
        }

        var message = request.World.CreateMessage(channel, request.World.Bot.Id, draft);
        return RestResult.Ok(Payloads.Message(request.World, message));
    }

    private static RestResult List(RestRequest request)
    {
        if (RestGuards.Channel(request, out var channel) is { } missing)
        {
            return missing;
        }

        if (RestGuards.BotCan(request.World, channel, SandboxPermissions.ViewChannel | SandboxPermissions.ReadMessageHistory) is { } forbidden)
        {
            return forbidden;
        }

        var limitText = request.Query("limit");
        var limit = 50;
        if (limitText is not null && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 100))
        {
            return RestResult.InvalidField("limit", "NUMBER_TYPE_MAX", "Int should be between 1 and 100.");
        }

        var before = ulong.TryParse(request.Query("before"), NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : ulong.MaxValue;
        var after = ulong.TryParse(request.Query("after"), NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : 0;
        var messages = channel.MessageIds
            .Where(id => id < before && id > after)
            .Select(id => request.World.Messages[id])
            .Where(m => !m.Deleted)
            .OrderByDescending(m => m.Id)
            .Take(limit)
            .Select(m => (JsonNode)Payloads.Message(request.World, m));
        return RestResult.Ok(new JsonArray([.. messages]));
    }

    private static RestResult Get(RestRequest request)
    {
        if (RestGuards.Channel(request, out var channel) is { } missing)
        {
            return missing;
        }

        return RestGuards.Message(request, channel, out var message) ?? RestResult.Ok(Payloads.Message(request.World, message));
    }

    private static RestResult Edit(RestRequest request)
    {
        if (RestGuards.Channel(request, out var channel) is { } missing)
        {
            return missing;
        }

        if (RestGuards.Message(request, channel, out var message) is { } unknown)
        {
            return unknown;
        }

        if (message.AuthorId != request.World.Bot.Id)
        {
            return RestResult.Error(403, 50005, "Cannot edit a message authored by another user");
        }

        if (MessageValidation.Validate(request.BodyObject, requireSomething: false) is { } invalid)
        {
            return invalid;
        }

        var body = request.BodyObject!;
        request.World.EditMessage(message, MessageValidation.String(body, "content"), body["embeds"]?.DeepClone() as JsonArray, body["components"]?.DeepClone() as JsonArray);
        return RestResult.Ok(Payloads.Message(request.World, message));
    }

    private static RestResult Delete(RestRequest request)
    {
        if (RestGuards.Channel(request, out var channel) is { } missing)
        {
            return missing;
        }

        if (RestGuards.Message(request, channel, out var message) is { } unknown)
        {
            return unknown;
        }

        if (message.AuthorId != request.World.Bot.Id && RestGuards.BotCan(request.World, channel, SandboxPermissions.ManageMessages) is { } forbidden)
        {
            return forbidden;
        }

        request.World.DeleteMessage(message, request.World.Bot.Id, request.AuditReason);
        return RestResult.NoContent;
    }

    private static RestResult BulkDelete(RestRequest request)
    {
        if (RestGuards.Channel(request, out var channel) is { } missing)
        {
            return missing;
        }

        if (RestGuards.BotCan(request.World, channel, SandboxPermissions.ManageMessages) is { } forbidden)
        {
            return forbidden;
        }

        if (request.BodyObject?["messages"] is not JsonArray ids)
        {
            return RestResult.InvalidField("messages", "BASE_TYPE_REQUIRED", "This field is required");
        }

        if (ids.Count is < 2 or > 100)
        {
            return RestResult.Error(400, 50016, "Provided too few or too many messages to delete. Must provide at least 2 and fewer than 100 messages to delete.");
        }

        var parsed = ids.Select(n => ulong.TryParse(n?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).ToList();
        if (parsed.Contains(0UL) || parsed.Distinct().Count() != parsed.Count)
        {
            return RestResult.InvalidField("messages", "BASE_TYPE_BAD_SNOWFLAKE", "Ids must be distinct snowflakes.");
        }

        var messages = new List<MessageState>();
        foreach (var id in parsed)
        {
            if (!request.World.Messages.TryGetValue(id, out var message) || message.ChannelId != channel.Id || message.Deleted)
            {
                return RestResult.NotFound(10008, "Message");
            }

            if (request.World.Now - message.CreatedAt > BulkDeleteMaxAge)
            {
                return RestResult.Error(400, 50034, "You can only bulk delete messages that are under 14 days old.");
            }

            messages.Add(message);
        }

        request.World.BulkDelete(channel, messages, request.World.Bot.Id, request.AuditReason);
        return RestResult.NoContent;
    }
}
