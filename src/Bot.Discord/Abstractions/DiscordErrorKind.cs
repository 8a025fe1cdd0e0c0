namespace Bot.Discord.Abstractions;

/// <summary>The expected ways a Discord call fails; bugs and cancellation stay exceptions.</summary>
public enum DiscordErrorKind
{
    NotFound,
    Forbidden,
    RateLimited,
    Transient,
    Invalid,
    Unauthorized,
}
