namespace Bot.Discord.Abstractions;

/// <summary>A Discord user snowflake.</summary>
public readonly record struct UserId(ulong Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
