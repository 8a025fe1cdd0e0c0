namespace Bot.Discord.Abstractions;

/// <summary>A Discord application snowflake.</summary>
public readonly record struct ApplicationId(ulong Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
