namespace Bot.Discord.Abstractions;

/// <summary>A Discord message snowflake.</summary>
public readonly record struct MessageId(ulong Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
