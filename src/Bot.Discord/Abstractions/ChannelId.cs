namespace Bot.Discord.Abstractions;

/// <summary>A Discord channel snowflake.</summary>
public readonly record struct ChannelId(ulong Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
