namespace Bot.Data.Entities;

/// <summary>What the n-th active strike within the decay window leads to.</summary>
public sealed class LadderStep
{
    public ulong GuildId { get; set; }

    /// <summary>1 for the first strike, 2 for the second...; the highest step applies to all further strikes.</summary>
    public int Strike { get; set; }

    public CaseAction Action { get; set; }

    /// <summary>Timeout length when <see cref="Action"/> is a timeout.</summary>
    public int? TimeoutMinutes { get; set; }

    /// <summary>Whether reaching this step also alerts the moderators.</summary>
    public bool AlertModerators { get; set; }
}
