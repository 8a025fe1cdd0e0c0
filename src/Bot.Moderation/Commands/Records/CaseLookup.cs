using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Cases;
using Bot.Moderation.Commands.Framework;

namespace Bot.Moderation.Commands.Records;

/// <summary>Finds a case by the number a moderator or member typed, refusing clearly when there is none.</summary>
public static class CaseLookup
{
    public static async Task<ModerationCase> GetByNumberAsync(this CaseStore cases, GuildId guild, long number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (number is < 1 or > int.MaxValue)
        {
            throw new CommandInputException($"Case numbers start at 1; `{number}` is not one.");
        }

        return await cases.FindByNumberAsync(guild, (int)number, cancellationToken)
            ?? throw new CommandInputException($"There is no case #{number} in this server.");
    }
}
