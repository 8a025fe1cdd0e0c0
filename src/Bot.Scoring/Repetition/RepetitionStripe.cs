namespace Bot.Scoring.Repetition;

/// <summary>The users and copypasta index of the guilds that hash to one lock, and the scoring of one message against them.</summary>
/// <remarks>Callers hold <see cref="Gate"/>; the scratch buffers are reused under it so a clean message allocates nothing.</remarks>
internal sealed class RepetitionStripe
{
    private const int MaxCopypastaMatches = 16;

    private readonly UserTable _users;
    private readonly CopypastaIndex _copypasta;
    private readonly int _minMatches;
    private readonly int _minCompactMatches;
    private readonly HistoryEntry[] _recent;
    private readonly ulong[] _channelIds;
    private readonly ulong[] _guildIds;
    private readonly ulong[] _threadIds;
    private readonly ulong[] _duplicateIds;
    private readonly ulong[] _copypastaIds = new ulong[MaxCopypastaMatches];
    private readonly CopypastaMatch[] _matches = new CopypastaMatch[MaxCopypastaMatches];
    private readonly ResultBuilder _result = new();

    public RepetitionStripe(SharedBudget users, int historyLength, SharedBudget copypasta, double similarity)
    {
        _users = new UserTable(users, historyLength);
        _copypasta = new CopypastaIndex(copypasta);
        _minMatches = (int)Math.Ceiling(similarity * TextSignature.Components);
        _minCompactMatches = CompactSignature.MinMatches(similarity);
        _recent = new HistoryEntry[historyLength];
        _channelIds = new ulong[historyLength];
        _guildIds = new ulong[historyLength];
        _threadIds = new ulong[historyLength];
        _duplicateIds = new ulong[historyLength];
    }

    public Lock Gate { get; } = new();

    public int TrackedUsers => _users.Count;

    public int CopypastaEntries => _copypasta.Count;

    public int EvictIdle(long cutoffClockTicks) => _users.EvictIdle(cutoffClockTicks);

    /// <summary>Starts loading what <paramref name="message"/>'s user lookup will read; callers need not hold <see cref="Gate"/>.</summary>
    public void Prefetch(PostedMessage message) => _users.Prefetch(new UserKey(message.GuildId, message.UserId));

    /// <summary>Scores <paramref name="message"/> against what this stripe remembers, then remembers it.</summary>
    /// <param name="clockTicks">The clock's now, for idle eviction.</param>
    /// <param name="retentionTicks">How long (message time) copypasta entries are kept at most.</param>
    public RepetitionResult Observe(PostedMessage message, in MessageTraits traits, RepetitionSettings settings, long clockTicks, long retentionTicks)
    {
        // Windows are measured in message time (Discord's timestamp), so a backlog in the pipeline does not
        // squeeze messages together and a replayed log scores as it happened.
        var now = message.Timestamp.UtcTicks;
        var probe = new CopypastaEntry(now, message.GuildId, message.UserId, message.MessageId, traits.Signature);
        if (traits.HasSignature)
        {
            _copypasta.Prefetch(probe);
        }

        // Touch starts loading the user's history; the copypasta lookup's own misses overlap it before it is read.
        var slot = _users.Touch(new UserKey(message.GuildId, message.UserId), clockTicks);
        var copypastaUsers = traits.HasSignature ? FindAndIndexCopypasta(probe, settings, retentionTicks) : 0;
        var recent = _users.CopyHistory(slot, _recent);
        var compact = traits.HasSignature ? CompactSignature.From(traits.Signature) : 0;
        int inChannel = 0, inGuild = 0, inThread = 0, duplicates = 0, bestAgreement = 0;
        for (var i = 0; i < recent; i++)
        {
            ref readonly var entry = ref _recent[i];
            var age = Math.Max(0, now - entry.Ticks);
            if (age <= settings.GuildRateWindow.Ticks)
            {
                _guildIds[inGuild++] = entry.MessageId;
            }

            if (entry.ChannelId == message.ChannelId)
            {
                if (age <= settings.ChannelRateWindow.Ticks)
                {
                    _channelIds[inChannel++] = entry.MessageId;
                }

                if (message.IsThread && age <= settings.ThreadWindow.Ticks)
                {
                    _threadIds[inThread++] = entry.MessageId;
                }
            }

            if (compact != 0 && entry.Signature != 0 && age <= settings.DuplicateWindow.Ticks)
            {
                var agreement = CompactSignature.Matches(compact, entry.Signature);
                if (agreement >= _minCompactMatches)
                {
                    _duplicateIds[duplicates++] = entry.MessageId;
                    bestAgreement = Math.Max(bestAgreement, agreement);
                }
            }
        }

        _users.Append(slot, new HistoryEntry(now, message.ChannelId, message.MessageId, compact));

        _result.Reset();
        if (duplicates > 0)
        {
            var similarity = CompactSignature.Similarity(bestAgreement);
            _result.Add(RepetitionReasons.NearDuplicate, ResultBuilder.Severity((0.6 * similarity) + 0.2, 0.05, duplicates - 1, 0.95), _duplicateIds.AsSpan(0, duplicates));
        }

        if (settings.CopypastaUsers > 1 && copypastaUsers + 1 >= settings.CopypastaUsers)
        {
            _result.Add(RepetitionReasons.Copypasta, ResultBuilder.Severity(0.7, 0.05, copypastaUsers + 1 - settings.CopypastaUsers, 0.95), _copypastaIds.AsSpan(0, copypastaUsers));
        }

        AddIfOver(RepetitionReasons.ThreadRepeat, inThread + 1, settings.ThreadCommentLimit, 0.4, 0.1, _threadIds.AsSpan(0, inThread));
        AddIfOver(RepetitionReasons.RateChannel, inChannel + 1, settings.ChannelRateLimit, 0.5, 0.1, _channelIds.AsSpan(0, inChannel));
        AddIfOver(RepetitionReasons.RateGuild, inGuild + 1, settings.GuildRateLimit, 0.5, 0.1, _guildIds.AsSpan(0, inGuild));
        if (settings.MentionLimit > 0 && traits.Mentions >= settings.MentionLimit)
        {
            _result.Add(RepetitionReasons.MentionFlood, ResultBuilder.Severity(0.6, 0.05, traits.Mentions - settings.MentionLimit, 0.95), []);
        }

        if (settings.LinkLimit > 0 && traits.Links >= settings.LinkLimit)
        {
            _result.Add(RepetitionReasons.LinkFlood, ResultBuilder.Severity(0.5, 0.05, traits.Links - settings.LinkLimit, 0.9), []);
        }

        return _result.Build();
    }

    private int FindAndIndexCopypasta(in CopypastaEntry probe, RepetitionSettings settings, long retentionTicks)
    {
        _copypasta.ExpireBefore(probe.Ticks - retentionTicks);
        var found = settings.CopypastaUsers > 1
            ? _copypasta.FindOtherUsers(probe, settings.CopypastaWindow.Ticks, _minMatches, _matches)
            : 0;
        for (var i = 0; i < found; i++)
        {
            _copypastaIds[i] = _matches[i].MessageId;
        }

        _copypasta.Add(probe);
        return found;
    }

    // Limits count what a user may post; the first message past the limit is flagged. A limit of 0 or less is off.
    private void AddIfOver(string reason, int count, int limit, double start, double step, ReadOnlySpan<ulong> evidence)
    {
        if (limit > 0 && count > limit)
        {
            _result.Add(reason, ResultBuilder.Severity(start, step, count - limit - 1, 0.9), evidence);
        }
    }
}
