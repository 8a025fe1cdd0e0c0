using System.Text.Json.Nodes;
using Bot.Sandbox.Json;
using Bot.Sandbox.State;

namespace Bot.Sandbox.Rest;

/// <summary>
/// Interaction callback and the interaction webhook routes (docs: interactions/receiving-and-responding). They need
/// no bot token, are exempt from the global limit, and the callback must come within the response deadline.
/// </summary>
internal sealed class InteractionRoutes : IRouteGroup
{
    private const int Ephemeral = 64;
    private const string Webhook = "/webhooks/{webhook_id}/{webhook_token}";
    private static readonly string[] WebhookMajor = ["webhook_id", "webhook_token"];

    public IEnumerable<(RouteSpec Spec, Func<RestRequest, RestResult> Handler)> Routes()
    {
        yield return (new RouteSpec("POST", "/interactions/{interaction_id}/{interaction_token}/callback", SandboxBuckets.InteractionCallback,
            ["interaction_id"], RequiresAuth: false, GlobalExempt: true), Callback);
        yield return (new RouteSpec("POST", Webhook, SandboxBuckets.Webhook, WebhookMajor, RequiresAuth: false, GlobalExempt: true), FollowUp);
        yield return (new RouteSpec("GET", Webhook + "/messages/@original", SandboxBuckets.Webhook, WebhookMajor, RequiresAuth: false, GlobalExempt: true), GetOriginal);
        yield return (new RouteSpec("PATCH", Webhook + "/messages/@original", SandboxBuckets.Webhook, WebhookMajor, RequiresAuth: false, GlobalExempt: true), EditOriginal);
        yield return (new RouteSpec("DELETE", Webhook + "/messages/@original", SandboxBuckets.Webhook, WebhookMajor, RequiresAuth: false, GlobalExempt: true), DeleteOriginal);
        yield return (new RouteSpec("PATCH", Webhook + "/messages/{message_id}", SandboxBuckets.Webhook, WebhookMajor, RequiresAuth: false, GlobalExempt: true), EditFollowUp);
    }

    private static RestResult Callback(RestRequest request)
    {
        var world = request.World;
        if (!world.Interactions.TryGetValue(request.Id("interaction_id"), out var interaction)
            || !string.Equals(interaction.Handle.Token, request.Route("interaction_token"), StringComparison.Ordinal)
            || world.Now - interaction.CreatedAt > world.Options.InteractionResponseDeadline)
        {
            return RestResult.NotFound(10062, "interaction");
        }

        if (interaction.CallbackType is not null)
        {
            return RestResult.Error(400, 40060, "Interaction has already been acknowledged.");
        }

        var body = request.BodyObject;
        var type = body?["type"] is JsonValue t && t.TryGetValue<int>(out var value) ? value : 0;
        var data = body?["data"] as JsonObject;
        if (CheckCallback(interaction, type, data) is { } invalid)
        {
            return invalid;
        }

        interaction.CallbackType = type;
        interaction.CallbackData = (JsonObject?)data?.DeepClone();
        var channel = world.Channels[interaction.Handle.ChannelId];
        switch (type)
        {
            case 4:
                var flags = data!["flags"] is JsonValue f && f.TryGetValue<int>(out var bits) ? bits : 0;
                var original = world.CreateMessage(channel, world.Bot.Id, MessageRoutes.Draft(data) with
                {
                    WebhookId = world.ApplicationId,
                    InteractionId = interaction.Handle.Id,
                    Visible = (flags & Ephemeral) == 0,
                    Type = interaction.Handle.Type == World.InteractionApplicationCommand ? 20 : 0,
                });
                interaction.OriginalMessageId = original.Id;
                break;
            case 7 when interaction.SourceMessageId is { } sourceId:
                var source = world.Messages[sourceId];
                world.EditMessage(source, MessageValidation.String(data!, "content"), data!["embeds"]?.DeepClone() as JsonArray, data["components"]?.DeepClone() as JsonArray);
                break;
            default:
                world.Changed.Raise();
                break;
        }

        return RestResult.NoContent;
    }

    private static RestResult? CheckCallback(InteractionState interaction, int type, JsonObject? data)
    {
        var isComponent = interaction.Handle.Type is World.InteractionComponent or World.InteractionModalSubmit;
        switch (type)
        {
            case 4:
                return MessageValidation.Validate(data, requireSomething: true);
            case 5:
                return null;
            case 6 or 7 when !isComponent:
                return RestResult.InvalidField("type", "INTERACTION_CALLBACK_TYPE_INVALID", "This callback type is only valid for component interactions.");
            case 6:
                return null;
            case 7:
                return MessageValidation.Validate(data, requireSomething: false);
            case 9 when interaction.Handle.Type == World.InteractionModalSubmit:
                return RestResult.InvalidField("type", "INTERACTION_CALLBACK_TYPE_INVALID", "A modal cannot answer a modal submit.");
            case 9:
                return data is null || MessageValidation.String(data, "custom_id") is null || MessageValidation.String(data, "title") is null
                    || data["components"] is not JsonArray { Count: > 0 }
                    ? RestResult.InvalidField("data", "BASE_TYPE_REQUIRED", "A modal needs custom_id, title and components.")
                    : null;
            default:
                return RestResult.InvalidField("type", "BASE_TYPE_CHOICES", "Value must be one of {4, 5, 6, 7, 9}.");
        }
    }

    /// <summary>The acknowledged interaction a webhook route refers to, or the error to answer.</summary>
    private static RestResult? Find(RestRequest request, out InteractionState interaction)
    {
        if (request.Id("webhook_id") != request.World.ApplicationId
            || !request.World.InteractionsByToken.TryGetValue(request.Route("webhook_token"), out interaction!))
        {
            interaction = null!;
            return RestResult.NotFound(10015, "Webhook");
        }

        // Discord answers an expired interaction token with 401, the status that otherwise means a bad bot token.
        if (request.World.Now - interaction.CreatedAt > request.World.Options.InteractionTokenLifetime)
        {
            return RestResult.Error(401, 50027, "Invalid Webhook Token");
        }

        return interaction.CallbackType is null ? RestResult.NotFound(10015, "Webhook") : null;
    }

    private static RestResult FollowUp(RestRequest request)
    {
        if (Find(request, out var interaction) is { } missing)
        {
            return missing;
        }

        if (MessageValidation.Validate(request.BodyObject, requireSomething: true) is { } invalid)
        {
            return invalid;
        }

        var world = request.World;
        var draft = MessageRoutes.Draft(request.BodyObject!);
        var message = world.CreateMessage(world.Channels[interaction.Handle.ChannelId], world.Bot.Id, draft with
        {
            WebhookId = world.ApplicationId,
            InteractionId = interaction.Handle.Id,
            Visible = (draft.Flags & Ephemeral) == 0,
        });
        interaction.FollowUpIds.Add(message.Id);
        return RestResult.Ok(Payloads.Message(world, message));
    }

    private static RestResult GetOriginal(RestRequest request)
    {
        if (Find(request, out var interaction) is { } missing)
        {
            return missing;
        }

        return interaction.OriginalMessageId is { } id && request.World.Messages[id] is { Deleted: false } message
            ? RestResult.Ok(Payloads.Message(request.World, message))
            : RestResult.NotFound(10008, "Message");
    }

    /// <summary>Edits the original response; after a deferral (type 5) the first edit creates it.</summary>
    private static RestResult EditOriginal(RestRequest request)
    {
        if (Find(request, out var interaction) is { } missing)
        {
            return missing;
        }

        if (MessageValidation.Validate(request.BodyObject, requireSomething: false) is { } invalid)
        {
            return invalid;
        }

        var world = request.World;
        var body = request.BodyObject!;
        if (interaction.OriginalMessageId is { } id)
        {
            var message = world.Messages[id];
            world.EditMessage(message, MessageValidation.String(body, "content"), body["embeds"]?.DeepClone() as JsonArray, body["components"]?.DeepClone() as JsonArray);
            return RestResult.Ok(Payloads.Message(world, message));
        }

        if (interaction.CallbackType != 5)
        {
            return RestResult.NotFound(10008, "Message");
        }

        var deferredFlags = interaction.CallbackData?["flags"] is JsonValue f && f.TryGetValue<int>(out var bits) ? bits : 0;
        var created = world.CreateMessage(world.Channels[interaction.Handle.ChannelId], world.Bot.Id, MessageRoutes.Draft(body) with
        {
            Flags = deferredFlags,
            WebhookId = world.ApplicationId,
            InteractionId = interaction.Handle.Id,
            Visible = (deferredFlags & Ephemeral) == 0,
            Type = interaction.Handle.Type == World.InteractionApplicationCommand ? 20 : 0,
        });
        interaction.OriginalMessageId = created.Id;
        return RestResult.Ok(Payloads.Message(world, created));
    }

    private static RestResult DeleteOriginal(RestRequest request)
    {
        if (Find(request, out var interaction) is { } missing)
        {
            return missing;
        }

        if (interaction.OriginalMessageId is not { } id || request.World.Messages[id].Deleted)
        {
            return RestResult.NotFound(10008, "Message");
        }

        request.World.DeleteMessage(request.World.Messages[id], request.World.Bot.Id, null);
        return RestResult.NoContent;
    }

    private static RestResult EditFollowUp(RestRequest request)
    {
        if (Find(request, out var interaction) is { } missing)
        {
            return missing;
        }

        var id = request.Id("message_id");
        if (!interaction.FollowUpIds.Contains(id) && interaction.OriginalMessageId != id)
        {
            return RestResult.NotFound(10008, "Message");
        }

        if (MessageValidation.Validate(request.BodyObject, requireSomething: false) is { } invalid)
        {
            return invalid;
        }

        var body = request.BodyObject!;
        var message = request.World.Messages[id];
        request.World.EditMessage(message, MessageValidation.String(body, "content"), body["embeds"]?.DeepClone() as JsonArray, body["components"]?.DeepClone() as JsonArray);
        return RestResult.Ok(Payloads.Message(request.World, message));
    }
}
