namespace Bot.Discord.Abstractions;

/// <summary>A Discord interaction snowflake.</summary>
public readonly record struct InteractionId(ulong Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
