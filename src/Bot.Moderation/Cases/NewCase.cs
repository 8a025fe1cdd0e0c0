using Bot.Data.Entities;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.Cases;

/// <summary>A case to open: who, where, what, why, and its first outcome.</summary>
public sealed record NewCase
{
    public required GuildId Guild { get; init; }
    public required UserId User { get; init; }
    public required CaseAction Action { get; init; }
    public required CaseOutcome Outcome { get; init; }
    public CaseSource Source { get; init; } = CaseSource.Automatic;
    public UserId? Actor { get; init; }
    public ChannelId? Channel { get; init; }
    public MessageId? Message { get; init; }

    /// <summary>The message text; stored cut to <see cref="CaseStore.ExcerptLength"/> characters.</summary>
    public string? Text { get; init; }

    public double? Incivility { get; init; }
    public double? Repetition { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public IReadOnlyList<string> Terms { get; init; } = [];
    public string? Note { get; init; }
    public string? OutcomeDetail { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>When set, the case also records a strike that counts towards the ladder for this long.</summary>
    public TimeSpan? StrikeLifetime { get; init; }
}
