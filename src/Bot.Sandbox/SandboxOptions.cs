using System.ComponentModel.DataAnnotations;

namespace Bot.Sandbox;

/// <summary>How a <see cref="SandboxServer"/> behaves: gateway timing, rate-limit buckets, bot defaults and strict checking.</summary>
public sealed class SandboxOptions
{
    /// <summary>The token the bot must present (REST <c>Authorization: Bot ...</c>, gateway Identify/Resume).</summary>
    [Required(AllowEmptyStrings = false)]
    public string BotToken { get; set; } = "sandbox-bot-token";

    /// <summary>Name of the bot user and its application.</summary>
    [Required(AllowEmptyStrings = false)]
    public string BotName { get; set; } = "NewsMod";

    /// <summary>Port on 127.0.0.1; 0 picks a free one (tests). The demo may fix it so other tools can connect.</summary>
    [Range(0, 65_535)]
    public int Port { get; set; }

    /// <summary>The interval the gateway's Hello announces (Discord sends about 41.25 s).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41_250);

    /// <summary>Recommended shard count returned by <c>GET /gateway/bot</c>.</summary>
    [Range(1, 4096)]
    public int RecommendedShards { get; set; } = 1;

    /// <summary>Identify requests allowed per 5 s (session_start_limit.max_concurrency).</summary>
    [Range(1, 16)]
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>Identifies left in the current day (session_start_limit.total and its starting remaining).</summary>
    [Range(1, 1_000_000)]
    public int SessionStartLimit { get; set; } = 1000;

    /// <summary>Privileged intents the "developer portal" enabled; asking for others closes with 4014.</summary>
    public long AllowedPrivilegedIntents { get; set; } = GatewayIntents.GuildMembers | GatewayIntents.GuildPresences | GatewayIntents.MessageContent;

    /// <summary>Events a session keeps for Resume; older ones cannot be replayed (the session is then invalid).</summary>
    [Range(16, 1_000_000)]
    public int ResumeBufferSize { get; set; } = 10_000;

    /// <summary>Gateway events a client may send per <see cref="GatewaySendWindow"/> before close 4008.</summary>
    [Range(1, 10_000)]
    public int GatewaySendLimit { get; set; } = 120;

    public TimeSpan GatewaySendWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest frame a client may send before close 4002.</summary>
    [Range(128, 1_048_576)]
    public int MaxGatewayPayloadBytes { get; set; } = 4096;

    /// <summary>Requests per second across all routes except interaction endpoints.</summary>
    [Range(1, 100_000)]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>Per-route bucket sizes, keyed by bucket name (see <see cref="SandboxBuckets"/>); missing names use <see cref="SandboxBuckets.Default"/>.</summary>
    public IDictionary<string, BucketLimit> Buckets { get; } = SandboxBuckets.CreateDefaults();

    /// <summary>Permissions the bot's managed role gets in each new guild.</summary>
    public ulong DefaultBotPermissions { get; set; } = SandboxPermissions.DefaultBot;

    /// <summary>Position of the bot's managed role; members whose top role is at or above it cannot be moderated by the bot.</summary>
    [Range(1, 250)]
    public int BotRolePosition { get; set; } = 10;

    /// <summary>How long after INTERACTION_CREATE the callback is accepted (Discord: 3 s); later ones get 10062.</summary>
    public TimeSpan InteractionResponseDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long an interaction token works for follow-ups and edits (Discord: 15 min); later ones get 401 50027.</summary>
    public TimeSpan InteractionTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>When true, every JSON request body is checked against <see cref="OpenApiSpecPath"/>; violations are listed in <see cref="SandboxServer.SchemaViolations"/>.</summary>
    public bool StrictOpenApi { get; set; }

    /// <summary>Discord's OpenAPI document used by strict mode; when null, <c>shared/discord/openapi.json</c> is looked up from the app and working folders upwards.</summary>
    public string? OpenApiSpecPath { get; set; }
}
