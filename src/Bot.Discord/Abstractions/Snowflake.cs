namespace Bot.Discord.Abstractions;

/// <summary>Snowflake helpers: the creation time a snowflake encodes.</summary>
public static class Snowflake
{
    /// <summary>Discord's epoch, the first second of 2015 (docs: reference#snowflakes).</summary>
    public static readonly DateTimeOffset DiscordEpoch = DateTimeOffset.FromUnixTimeMilliseconds(1_420_070_400_000);

    public static DateTimeOffset CreatedAt(ulong snowflake) => DiscordEpoch.AddMilliseconds(snowflake >> 22);

    /// <summary>The smallest snowflake created at <paramref name="time"/>; used for "messages newer than".</summary>
    public static ulong FromTime(DateTimeOffset time) => (ulong)(time - DiscordEpoch).TotalMilliseconds << 22;
}
