using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Bot.Sandbox.Json;
using Bot.Sandbox.Model;
using Bot.Sandbox.State;

namespace Bot.Sandbox.Gateway;

/// <summary>
/// Owns gateway sessions and connections: identify, resume, fan-out of dispatches by shard and intent, and the
/// faults tests inject. Session and connection lists are guarded by the world lock, which also orders dispatches.
/// </summary>
internal sealed class GatewayHub(World world) : IEventSink
{
    private readonly Dictionary<string, GatewaySession> _sessions = new(StringComparer.Ordinal);
    private readonly List<GatewayConnection> _connections = [];
    private readonly List<string> _connectionUrls = [];
    private readonly List<GatewayFrame> _frames = [];
    private readonly List<GatewayClose> _closes = [];
    private int _identifiesLeft = world.Options.SessionStartLimit;

    /// <summary>When true, heartbeats are no longer acknowledged (a zombie connection).</summary>
    public bool StopAcking { get; set; }

    /// <summary>The resume URL READY announces; set once the port is known.</summary>
    public string ResumeGatewayUrl { get; set; } = "";

    public int IdentifiesLeft
    {
        get
        {
            lock (world.Sync)
            {
                return _identifiesLeft;
            }
        }
    }

    public IReadOnlyList<string> ConnectionUrls
    {
        get
        {
            lock (world.Sync)
            {
                return [.. _connectionUrls];
            }
        }
    }

    public int OpenConnectionCount
    {
        get
        {
            lock (world.Sync)
            {
                return _connections.Count;
            }
        }
    }

    public IReadOnlyList<GatewayFrame> Frames
    {
        get
        {
            lock (world.Sync)
            {
                return [.. _frames];
            }
        }
    }

    public IReadOnlyList<GatewayClose> Closes
    {
        get
        {
            lock (world.Sync)
            {
                return [.. _closes];
            }
        }
    }

    public void Record(int op, string json)
    {
        lock (world.Sync)
        {
            _frames.Add(new GatewayFrame(op, json, world.Now));
            world.Changed.Raise();
        }
    }

    public void RecordClose(bool byClient, int code)
    {
        lock (world.Sync)
        {
            _closes.Add(new GatewayClose(byClient, code, world.Now));
            world.Changed.Raise();
        }
    }

    public void Dispatch(GatewayDispatch dispatch)
    {
        string? full = null;
        string? stripped = null;
        foreach (var session in _sessions.Values)
        {
            if (session.Invalidated || !session.Handles(dispatch.GuildId)
                || (dispatch.RequiredIntent != 0 && (session.Intents & dispatch.RequiredIntent) == 0))
            {
                continue;
            }

            var withContent = dispatch.WithoutContent is null || (session.Intents & GatewayIntents.MessageContent) != 0;
            var json = withContent
                ? full ??= dispatch.Payload.ToJsonString()
                : stripped ??= dispatch.WithoutContent!.ToJsonString();
            session.Send(dispatch.Name, json);
        }
    }

    public void Register(GatewayConnection connection, string url)
    {
        lock (world.Sync)
        {
            _connections.Add(connection);
            _connectionUrls.Add(url);
            world.Changed.Raise();
        }
    }

    public void Unregister(GatewayConnection connection)
    {
        lock (world.Sync)
        {
            _connections.Remove(connection);
            connection.Session?.Detach(connection);
            world.Changed.Raise();
        }
    }

    /// <summary>Creates a session and sends READY then one GUILD_CREATE per guild of the shard.</summary>
    public GatewaySession Identify(GatewayConnection connection, int shardId, int shardCount, long intents)
    {
        lock (world.Sync)
        {
            _identifiesLeft = Math.Max(0, _identifiesLeft - 1);
            var session = new GatewaySession(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), shardId, shardCount, intents, world.Options.ResumeBufferSize);
            _sessions[session.Id] = session;
            session.Attach(connection);
            var guilds = world.Guilds.Values.Where(g => session.Handles(g.Id)).ToList();
            var ready = new JsonObject
            {
                ["v"] = 10,
                ["user"] = Payloads.User(world.Bot),
                ["guilds"] = new JsonArray([.. guilds.Select(g => (JsonNode)new JsonObject { ["id"] = Payloads.Id(g.Id), ["unavailable"] = true })]),
                ["session_id"] = session.Id,
                ["resume_gateway_url"] = ResumeGatewayUrl,
                ["shard"] = new JsonArray(shardId, shardCount),
                ["application"] = new JsonObject { ["id"] = Payloads.Id(world.ApplicationId), ["flags"] = 0 },
                ["private_channels"] = new JsonArray(),
                ["relationships"] = new JsonArray(),
                ["presences"] = new JsonArray(),
                ["user_settings"] = new JsonObject(),
                ["guild_join_requests"] = new JsonArray(),
                ["geo_ordered_rtc_regions"] = new JsonArray(),
            };
            session.Send("READY", ready.ToJsonString());
            foreach (var guild in guilds)
            {
                session.Send("GUILD_CREATE", Payloads.Guild(world, guild).ToJsonString());
            }

            world.Changed.Raise();
            return session;
        }
    }

    /// <summary>Resumes a session: replays missed events then RESUMED.</summary>
    public (ResumeOutcome Outcome, GatewaySession? Session) Resume(GatewayConnection connection, string sessionId, int seq)
    {
        lock (world.Sync)
        {
            if (!_sessions.TryGetValue(sessionId, out var session))
            {
                return (ResumeOutcome.NotResumable, null);
            }

            var outcome = session.TryResume(connection, seq);
            if (outcome == ResumeOutcome.Resumed)
            {
                session.Send("RESUMED", "{}");
                world.Changed.Raise();
            }

            return (outcome, outcome == ResumeOutcome.Resumed ? session : null);
        }
    }

    public void Invalidate(GatewaySession session)
    {
        lock (world.Sync)
        {
            session.Invalidate();
            world.Changed.Raise();
        }
    }

    /// <summary>Runs <paramref name="action"/> on every open connection (faults).</summary>
    public void ForEachConnection(Action<GatewayConnection> action)
    {
        lock (world.Sync)
        {
            foreach (var connection in _connections.ToList())
            {
                action(connection);
            }
        }
    }

    public static string FormatUrl(Uri baseUri, string path) =>
        string.Create(CultureInfo.InvariantCulture, $"ws://{baseUri.Host}:{baseUri.Port}{path}");
}
