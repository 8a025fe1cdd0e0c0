using System.ComponentModel.DataAnnotations;

namespace Bot.Discord;

/// <summary>How the bot reaches Discord (section <c>Bot:Discord</c>). The token comes only from environment or user-secrets.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Bot:Discord";

    /// <summary>The bot token. Set it with <c>Bot__Discord__Token</c> or user-secrets; it is never logged.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Bot:Discord:Token is required: set the environment variable Bot__Discord__Token or the user-secret Bot:Discord:Token.")]
    public string Token { get; set; } = "";

    /// <summary>REST base address; the sandbox replaces it with its loopback address.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>Shard ids this process runs; empty means all shards of <see cref="ShardCount"/>.</summary>
    public IList<int> ShardIds { get; } = [];

    /// <summary>Total shard count; 0 means Discord's recommendation from <c>GET /gateway/bot</c>.</summary>
    [Range(0, 4096)]
    public int ShardCount { get; set; }

    /// <summary>Guilds whose slash commands are registered per guild (instant), instead of globally.</summary>
    public IList<ulong> TestGuildIds { get; } = [];

    /// <summary>Capacity of the event channel between the gateway and the handlers.</summary>
    [Range(16, 1_000_000)]
    public int EventQueueCapacity { get; set; } = 10_000;

    // The token must never reach a log line through an accidental {Options} placeholder.
    public override string ToString() => $"DiscordOptions(ApiBaseUrl={ApiBaseUrl}, ShardCount={ShardCount})";
}
