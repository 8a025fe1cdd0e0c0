using Bot.Sandbox.Model;
using Bot.Sandbox.State;

namespace Bot.Sandbox;

/// <summary>Inspection of the world and awaitables signalled on every state change.</summary>
public sealed partial class SandboxServer
{
    /// <summary>Every REST request received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.Snapshot();

    /// <summary>429s the sandbox's own buckets and global limit produced (injected storms are not counted).</summary>
    public int RateLimitedResponseCount => _requests.RateLimitedCount;

    /// <summary>Strict mode's findings: request bodies that do not match Discord's OpenAPI schema.</summary>
    public IReadOnlyList<SchemaViolation> SchemaViolations => _validator?.Violations ?? [];

    /// <summary>Paths (with query) of every gateway connection opened, in order.</summary>
    public IReadOnlyList<string> GatewayConnectionUrls => _hub.ConnectionUrls;

    public int OpenGatewayConnections => _hub.OpenConnectionCount;

    /// <summary>Every command clients sent on the gateway, in order (Identify, Heartbeat with its seq, Resume...).</summary>
    public IReadOnlyList<GatewayFrame> GatewayFrames => _hub.Frames;

    /// <summary>Gateway closes with a close frame, by the client or by the sandbox, in order.</summary>
    public IReadOnlyList<GatewayClose> GatewayCloses => _hub.Closes;

    /// <summary>The channel's messages in posting order, deleted ones included (see <see cref="SandboxMessage.Deleted"/>).</summary>
    public IReadOnlyList<SandboxMessage> GetMessages(ulong channelId)
    {
        lock (_world.Sync)
        {
            return [.. _world.RequireChannel(channelId).MessageIds.Select(id => World.Snapshot(_world.Messages[id]))];
        }
    }

    public SandboxMessage GetMessage(ulong messageId)
    {
        lock (_world.Sync)
        {
            return World.Snapshot(_world.RequireMessage(messageId));
        }
    }

    public bool IsDeleted(ulong messageId)
    {
        lock (_world.Sync)
        {
            return _world.RequireMessage(messageId).Deleted;
        }
    }

    public SandboxChannel GetChannel(ulong channelId)
    {
        lock (_world.Sync)
        {
            return World.Snapshot(_world.RequireChannel(channelId));
        }
    }

    /// <summary>Threads started in (or from messages of) a channel.</summary>
    public IReadOnlyList<SandboxChannel> GetThreads(ulong channelId)
    {
        lock (_world.Sync)
        {
            return [.. _world.Channels.Values.Where(c => c.IsThread && c.ParentId == channelId).Select(World.Snapshot)];
        }
    }

    /// <summary>Messages the bot sent to a user in their DM channel.</summary>
    public IReadOnlyList<SandboxMessage> GetDirectMessages(ulong userId)
    {
        lock (_world.Sync)
        {
            return _world.RequireUser(userId).DmChannelId is { } dm
                ? [.. _world.Channels[dm].MessageIds.Select(id => World.Snapshot(_world.Messages[id]))]
                : [];
        }
    }

    /// <summary>Registered commands: a guild's, or the global ones when <paramref name="guildId"/> is null.</summary>
    public IReadOnlyList<SandboxCommand> GetCommands(ulong? guildId = null)
    {
        lock (_world.Sync)
        {
            if (guildId is not { } id)
            {
                return [.. _world.GlobalCommands];
            }

            return _world.GuildCommands.TryGetValue(id, out var commands) ? [.. commands] : [];
        }
    }

    /// <summary>Waits until <paramref name="predicate"/> holds; it is re-checked (under the world lock) after every change.</summary>
    public async Task WaitUntilAsync(Func<bool> predicate, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        while (true)
        {
            Task next;
            lock (_world.Sync)
            {
                next = _world.Changed.Next;
                if (predicate())
                {
                    return;
                }
            }

            await next.WaitAsync(ct);
        }
    }

    /// <summary>Waits for a live message in the channel matching <paramref name="predicate"/> and returns it.</summary>
    public async Task<SandboxMessage> WaitForMessageAsync(ulong channelId, Func<SandboxMessage, bool> predicate, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        SandboxMessage? found = null;
        await WaitUntilAsync(() => (found = GetMessages(channelId).FirstOrDefault(m => !m.Deleted && predicate(m))) is not null, ct);
        return found!;
    }
}
