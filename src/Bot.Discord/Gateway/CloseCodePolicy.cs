namespace Bot.Discord.Gateway;

/// <summary>What a shard does after its connection ends.</summary>
internal enum ReconnectAction
{
    /// <summary>Reconnect to resume_gateway_url and send Resume.</summary>
    Resume,

    /// <summary>Forget the session, reconnect to the gateway URL and Identify.</summary>
    Reidentify,

    /// <summary>Stop the shard; reconnecting cannot help.</summary>
    Fatal,

    /// <summary>The host is shutting down.</summary>
    Stop,
}

/// <summary>Sorts gateway close codes (docs: topics/opcodes-and-status-codes#gateway-gateway-close-event-codes).</summary>
internal static class CloseCodePolicy
{
    public static ReconnectAction Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => ReconnectAction.Fatal,
        // Invalid seq and session timeout: the session is gone, start a new one.
        4007 or 4009 => ReconnectAction.Reidentify,
        // Every other code, and a drop without a close frame, may resume.
        _ => ReconnectAction.Resume,
    };

    public static string Describe(int? code) => code switch
    {
        null => "connection dropped without a close frame",
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: the bot token is wrong",
        4005 => "already authenticated",
        4007 => "invalid sequence on resume",
        4008 => "rate limited: too many gateway sends",
        4009 => "session timed out",
        4010 => "invalid shard: check Bot:Discord:ShardIds and ShardCount",
        4011 => "sharding required: set a higher Bot:Discord:ShardCount",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable the Message Content intent in the Developer Portal",
        _ => "close code " + code.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
