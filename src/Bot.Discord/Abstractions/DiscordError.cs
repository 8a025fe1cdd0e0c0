namespace Bot.Discord.Abstractions;

/// <summary>Why a Discord call failed: a kind to branch on, and a message for the case log.</summary>
public sealed record DiscordError(DiscordErrorKind Kind, string Message, int? Code = null);
