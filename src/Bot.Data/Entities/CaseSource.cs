namespace Bot.Data.Entities;

/// <summary>Who caused a case: the bot's policy, a moderator through the bot, a moderator in Discord directly, or a member.</summary>
public enum CaseSource
{
    Automatic,
    Moderator,
    ManualInDiscord,
    MemberReport,
}
