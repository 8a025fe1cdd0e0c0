using Bot.Sandbox.Model;
using Bot.Sandbox.State;

namespace Bot.Sandbox;

/// <summary>Acting as users: posting and editing messages (moderator actions live in the moderation part).</summary>
public sealed partial class SandboxServer
{
    /// <summary>Posts a message as <paramref name="userId"/> in a channel or thread; MESSAGE_CREATE with author, member and mentions.</summary>
    public Task<SandboxMessage> PostMessageAsync(ulong channelId, ulong userId, string content, ulong? replyTo = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        lock (_world.Sync)
        {
            var channel = _world.RequireChannel(channelId);
            _world.RequireUser(userId);
            if (channel.GuildId is { } guildId && !_world.Guilds[guildId].Members.ContainsKey(userId))
            {
                throw new ArgumentException($"User {userId} is not a member of guild {guildId}.", nameof(userId));
            }

            var message = _world.CreateMessage(channel, userId, new World.MessageDraft(content) { ReferencedMessageId = replyTo });
            return Task.FromResult(World.Snapshot(message));
        }
    }

    /// <summary>Edits a user's message; MESSAGE_UPDATE.</summary>
    public Task<SandboxMessage> EditMessageAsync(ulong messageId, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        lock (_world.Sync)
        {
            var message = _world.RequireMessage(messageId);
            _world.EditMessage(message, content, null, null);
            return Task.FromResult(World.Snapshot(message));
        }
    }
}
