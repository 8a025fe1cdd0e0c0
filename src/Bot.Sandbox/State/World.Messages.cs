using System.Text.Json.Nodes;
using Bot.Sandbox.Gateway;
using Bot.Sandbox.Json;
using Bot.Sandbox.Model;

namespace Bot.Sandbox.State;

/// <summary>Message operations shared by the REST routes and the "act as a user" methods; call under the lock.</summary>
internal sealed partial class World
{
    /// <summary>What a new message carries besides its author and channel.</summary>
    public sealed record MessageDraft(string Content)
    {
        public JsonArray? Embeds { get; init; }
        public JsonArray? Components { get; init; }
        public int Flags { get; init; }
        public ulong? ReferencedMessageId { get; init; }
        public ulong? WebhookId { get; init; }
        public ulong? InteractionId { get; init; }
        public bool Visible { get; init; } = true;
        public int Type { get; init; }
    }

    public MessageState CreateMessage(ChannelState channel, ulong authorId, MessageDraft draft)
    {
        var message = new MessageState(Ids.Next(), channel.Id, channel.GuildId, authorId, Now)
        {
            Content = draft.Content,
            Embeds = draft.Embeds ?? [],
            Components = draft.Components ?? [],
            Flags = draft.Flags,
            ReferencedMessageId = draft.ReferencedMessageId,
            WebhookId = draft.WebhookId,
            InteractionId = draft.InteractionId,
            Visible = draft.Visible,
            Type = draft.Type != 0 ? draft.Type : draft.ReferencedMessageId is null ? 0 : 19,
        };
        Messages[message.Id] = message;
        if (message.Visible)
        {
            channel.MessageIds.Add(message.Id);
            if (channel.IsThread)
            {
                channel.MessageCount++;
            }

            EmitMessage("MESSAGE_CREATE", message);
        }
        else
        {
            Changed.Raise();
        }

        return message;
    }

    public void EditMessage(MessageState message, string? content, JsonArray? embeds, JsonArray? components)
    {
        message.Content = content ?? message.Content;
        message.Embeds = embeds ?? message.Embeds;
        message.Components = components ?? message.Components;
        message.EditedAt = Now;
        if (message.Visible)
        {
            EmitMessage("MESSAGE_UPDATE", message);
        }
        else
        {
            Changed.Raise();
        }
    }

    /// <summary>Deletes a message; a moderator deleting someone else's message leaves an audit entry.</summary>
    public void DeleteMessage(MessageState message, ulong actorId, string? reason)
    {
        message.Deleted = true;
        var payload = new JsonObject { ["id"] = Payloads.Id(message.Id), ["channel_id"] = Payloads.Id(message.ChannelId) };
        if (message.GuildId is { } guildId)
        {
            payload["guild_id"] = Payloads.Id(guildId);
            if (actorId != message.AuthorId)
            {
                AddAuditEntry(Guilds[guildId], SandboxAuditLogEntry.MessageDelete, actorId, message.AuthorId, reason, null);
            }
        }

        Emit(new GatewayDispatch("MESSAGE_DELETE", message.GuildId, MessageIntent(message.GuildId), payload));
    }

    public void BulkDelete(ChannelState channel, IReadOnlyList<MessageState> messages, ulong actorId, string? reason)
    {
        foreach (var message in messages)
        {
            message.Deleted = true;
        }

        var payload = new JsonObject
        {
            ["ids"] = new JsonArray([.. messages.Select(m => (JsonNode)Payloads.Id(m.Id))]),
            ["channel_id"] = Payloads.Id(channel.Id),
        };
        if (channel.GuildId is { } guildId)
        {
            payload["guild_id"] = Payloads.Id(guildId);
            AddAuditEntry(Guilds[guildId], SandboxAuditLogEntry.MessageBulkDelete, actorId, channel.Id, reason, null);
        }

        Emit(new GatewayDispatch("MESSAGE_DELETE_BULK", channel.GuildId, MessageIntent(channel.GuildId), payload));
    }

    public ChannelState CreateThread(ChannelState parent, MessageState? starter, string name, ulong ownerId, string? reason)
    {
        // "The id of the created thread will be the same as the id of the source message" (docs: resources/channel#start-thread-from-message).
        var thread = new ChannelState(starter?.Id ?? Ids.Next(), SandboxChannel.PublicThread, parent.GuildId, name)
        {
            ParentId = parent.Id,
            OwnerId = ownerId,
            CreatedAt = Now,
        };
        Channels[thread.Id] = thread;
        if (parent.GuildId is { } guildId)
        {
            Guilds[guildId].ChannelIds.Add(thread.Id);
        }

        if (starter is not null)
        {
            starter.ThreadId = thread.Id;
        }

        var payload = Payloads.Channel(this, thread);
        payload["newly_created"] = true;
        Emit(new GatewayDispatch("THREAD_CREATE", parent.GuildId, GatewayIntents.Guilds, payload));
        if (parent.GuildId is { } g)
        {
            AddAuditEntry(Guilds[g], SandboxAuditLogEntry.ThreadCreate, ownerId, thread.Id, reason, null);
        }

        return thread;
    }

    public void SetSlowmode(ChannelState channel, int seconds, ulong actorId, string? reason)
    {
        var old = channel.RateLimitPerUser;
        channel.RateLimitPerUser = seconds;
        var name = channel.IsThread ? "THREAD_UPDATE" : "CHANNEL_UPDATE";
        Emit(new GatewayDispatch(name, channel.GuildId, GatewayIntents.Guilds, Payloads.Channel(this, channel)));
        if (channel.GuildId is { } guildId)
        {
            AddAuditEntry(Guilds[guildId], SandboxAuditLogEntry.ChannelUpdate, actorId, channel.Id, reason,
                new AuditChange("rate_limit_per_user", old, seconds));
        }
    }

    /// <summary>Emits a message event; sessions without MESSAGE_CONTENT get it stripped unless Discord's exceptions apply.</summary>
    private void EmitMessage(string name, MessageState message)
    {
        var payload = Payloads.MessageEvent(this, message);
        JsonObject? stripped = null;
        var exempt = message.AuthorId == Bot.Id || message.GuildId is null || Mentions.MentionsUser(this, message, Bot.Id);
        if (!exempt)
        {
            stripped = (JsonObject)payload.DeepClone();
            stripped["content"] = "";
            stripped["embeds"] = new JsonArray();
            stripped["attachments"] = new JsonArray();
            stripped["components"] = new JsonArray();
        }

        Emit(new GatewayDispatch(name, message.GuildId, MessageIntent(message.GuildId), payload, stripped));
    }

    private static long MessageIntent(ulong? guildId) => guildId is null ? GatewayIntents.DirectMessages : GatewayIntents.GuildMessages;
}
