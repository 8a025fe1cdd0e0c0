using Bot.Discord.Abstractions;

namespace Bot.Moderation.Pipeline;

/// <summary>Which lane an event runs in: a guild's messages and member events, or its interactions (kept apart so a click never waits behind a burst).</summary>
internal readonly record struct LaneKey(GuildId Guild, bool Interactions);
