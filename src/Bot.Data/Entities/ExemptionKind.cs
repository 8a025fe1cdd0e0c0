namespace Bot.Data.Entities;

/// <summary>What an exemption's target id names.</summary>
public enum ExemptionKind
{
    Role,
    Channel,
    User,
}
