namespace Bot.Discord.Abstractions;

/// <summary>The outcome of a Discord call that returns a value on success.</summary>
public readonly record struct DiscordResult<T>(T? Value, DiscordError? Error)
{
    public bool IsSuccess => Error is null;

#pragma warning disable CA1000 // DiscordResult<T>.Ok(value) reads better than a helper class.
    public static DiscordResult<T> Ok(T value) => new(value, null);
#pragma warning restore CA1000

    public static implicit operator DiscordResult<T>(DiscordError error) => new(default, error);

    /// <summary>Drops the value, keeping success or the error.</summary>
    public DiscordResult WithoutValue() => new(Error);
}
