using Microsoft.Extensions.Options;

namespace Bot.Scoring.Repetition;

/// <summary>The in-memory <see cref="IRepetitionDetector"/>: bounded per-user histories and a copypasta index, striped by guild.</summary>
/// <remarks>
/// A guild always maps to the same stripe, so its messages (processed serially by the pipeline) see a
/// consistent history, while guilds on other stripes are scored in parallel. Fingerprinting runs before the
/// lock is taken. Memory is bounded by <see cref="RepetitionOptions.MaxTrackedUsers"/> and
/// <see cref="RepetitionOptions.MaxCopypastaEntries"/>, each a <see cref="SharedBudget"/> over the stripes.
/// </remarks>
public sealed class RepetitionDetector : IRepetitionDetector
{
    private readonly RepetitionStripe[] _stripes;
    private readonly TimeProvider _time;
    private readonly int _minFingerprintLength;
    private readonly long _idleTicks;

    public RepetitionDetector(IOptions<RepetitionOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var o = options.Value;
        _time = time;
        _minFingerprintLength = o.MinFingerprintLength;
        _idleTicks = o.IdleEviction.Ticks;
        var users = new SharedBudget(o.MaxTrackedUsers, o.LockStripes);
        var copypasta = new SharedBudget(o.MaxCopypastaEntries, o.LockStripes);
        _stripes = new RepetitionStripe[o.LockStripes];
        for (var i = 0; i < _stripes.Length; i++)
        {
            _stripes[i] = new RepetitionStripe(users, o.HistoryPerUser, copypasta, o.DuplicateSimilarity);
        }
    }

    /// <summary>Users currently remembered, across all guilds.</summary>
    public int TrackedUsers => Sum(static stripe => stripe.TrackedUsers);

    /// <summary>Messages currently in the copypasta index, across all guilds.</summary>
    public int CopypastaEntries => Sum(static stripe => stripe.CopypastaEntries);

    public RepetitionResult Observe(PostedMessage message, RepetitionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(settings);
        var stripe = _stripes[StripeOf(message.GuildId)];

        // Fingerprinting takes long enough for the user's index line to arrive from memory meanwhile.
        stripe.Prefetch(message);
        var traits = MessageTraits.Of(message, _minFingerprintLength);
        var clock = _time.GetUtcNow().UtcTicks;
        lock (stripe.Gate)
        {
            return stripe.Observe(message, traits, settings, clock, _idleTicks);
        }
    }

    /// <summary>Forgets users not seen (by the clock) for <see cref="RepetitionOptions.IdleEviction"/>; returns how many.</summary>
    public int EvictIdle()
    {
        var cutoff = _time.GetUtcNow().UtcTicks - _idleTicks;
        var evicted = 0;
        foreach (var stripe in _stripes)
        {
            lock (stripe.Gate)
            {
                evicted += stripe.EvictIdle(cutoff);
            }
        }

        return evicted;
    }

    private int StripeOf(ulong guildId)
    {
        var h = guildId * 0x9E3779B97F4A7C15UL;
        return (int)((h ^ (h >> 32)) % (ulong)_stripes.Length);
    }

    private int Sum(Func<RepetitionStripe, int> count)
    {
        var total = 0;
        foreach (var stripe in _stripes)
        {
            lock (stripe.Gate)
            {
                total += count(stripe);
            }
        }

        return total;
    }
}
