namespace Bot.Sandbox;

/// <summary>Gateway intent bits the sandbox understands (docs: events/gateway#list-of-intents).</summary>
public static class GatewayIntents
{
    public const long Guilds = 1L << 0;
    public const long GuildMembers = 1L << 1;
    public const long GuildModeration = 1L << 2;
    public const long GuildPresences = 1L << 8;
    public const long GuildMessages = 1L << 9;
    public const long DirectMessages = 1L << 12;
    public const long MessageContent = 1L << 15;

    /// <summary>Every bit Discord defines today (0..25 with gaps filled); anything beyond is "invalid intents" (4013).</summary>
    public const long AllKnown = (1L << 26) - 1;

    /// <summary>Intents that must be enabled in the developer portal.</summary>
    public const long Privileged = GuildMembers | GuildPresences | MessageContent;
}
