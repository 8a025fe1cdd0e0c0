namespace Bot.Discord.Abstractions;

/// <summary>A Discord guild snowflake.</summary>
public readonly record struct GuildId(ulong Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
