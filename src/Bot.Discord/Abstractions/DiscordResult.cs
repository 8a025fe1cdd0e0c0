namespace Bot.Discord.Abstractions;

/// <summary>The outcome of a Discord call that returns nothing: success or an expected error.</summary>
public readonly record struct DiscordResult(DiscordError? Error)
{
    public static DiscordResult Success => default;

    public bool IsSuccess => Error is null;

    public static DiscordResult Fail(DiscordErrorKind kind, string message, int? code = null) => new(new DiscordError(kind, message, code));

    public static implicit operator DiscordResult(DiscordError error) => new(error);
}
