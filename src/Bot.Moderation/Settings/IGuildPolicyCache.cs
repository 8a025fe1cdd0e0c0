using Bot.Discord.Abstractions;

namespace Bot.Moderation.Settings;

/// <summary>Guild policies read from the store and cached; commands call <see cref="Invalidate"/> after changing settings.</summary>
public interface IGuildPolicyCache
{
    ValueTask<GuildPolicy> GetAsync(GuildId guild, CancellationToken cancellationToken);

    /// <summary>Drops the cached policy so the next message reads the stored settings again.</summary>
    void Invalidate(GuildId guild);
}
