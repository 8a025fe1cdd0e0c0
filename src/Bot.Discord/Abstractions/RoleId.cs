namespace Bot.Discord.Abstractions;

/// <summary>A Discord role snowflake.</summary>
public readonly record struct RoleId(ulong Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
