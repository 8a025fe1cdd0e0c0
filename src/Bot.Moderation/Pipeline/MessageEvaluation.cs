using Bot.Discord.Abstractions;
using Bot.Moderation.Policy;
using Bot.Moderation.Settings;

namespace Bot.Moderation.Pipeline;

/// <summary>A scored message and the policy's decision about it.</summary>
/// <param name="Thread">The thread the message is in, when it is in one.</param>
public sealed record MessageEvaluation(
    MessageCandidate Message,
    GuildPolicy Policy,
    MessageScores Scores,
    ModerationDecision Decision,
    ChannelId? Thread);
