using System.Collections.Concurrent;
using Bot.Discord.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Moderation.Actions;

/// <summary>
/// Remembers the member actions the bot is about to take, so the gateway's echo of them (member update, ban, audit-log
/// entry) is recognised as the bot's own and opens no manual case. Marks expire after
/// <see cref="ModerationOptions.SelfActionMemorySeconds"/>.
/// </summary>
public sealed class SelfActionTracker(IOptions<ModerationOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<(GuildId, UserId, SelfActionKind), DateTimeOffset> _marks = new();
    private readonly TimeSpan _memory = TimeSpan.FromSeconds(options.Value.SelfActionMemorySeconds);

    /// <summary>The bot's own user, once the gateway said Ready.</summary>
    public UserId? BotUser { get; set; }

    public void Mark(GuildId guild, UserId user, SelfActionKind kind)
    {
        var now = timeProvider.GetUtcNow();
        _marks[(guild, user, kind)] = now + _memory;
        if (_marks.Count > 10_000)
        {
            Sweep(now);
        }
    }

    /// <summary>Whether the bot marked this action recently; the mark stays until it expires, since Discord may echo twice.</summary>
    public bool IsOwn(GuildId guild, UserId user, SelfActionKind kind) =>
        _marks.TryGetValue((guild, user, kind), out var expires) && expires > timeProvider.GetUtcNow();

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, expires) in _marks)
        {
            if (expires <= now)
            {
                _marks.TryRemove(key, out _);
            }
        }
    }
}
