using System.Globalization;
using System.Text;
using Bot.Data;
using Bot.Discord.Abstractions;
using Bot.Moderation.Cases;
using Bot.Moderation.Commands.Records;
using Bot.Moderation.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Moderation.Commands.History;

/// <summary>Renders a page of cases (and, for /modlog, the member's strikes) with previous/next buttons.</summary>
public sealed class CaseHistoryPages(
    IDbContextFactory<BotDbContext> contexts,
    CaseStore caseStore,
    IGuildPolicyCache policies,
    IOptions<CommandOptions> options)
{
    public async Task<OutgoingMessage> RenderAsync(ulong guild, CaseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = options.Value.PageSize;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = db.Cases.Where(c => c.GuildId == guild);
        if (query.User is { } user)
        {
            cases = cases.Where(c => c.UserId == user);
        }

        if (query.Action is { } action)
        {
            cases = cases.Where(c => c.Action == action);
        }

        if (query.Since is { } since)
        {
            cases = cases.Where(c => c.CreatedAt >= since);
        }

        var total = await cases.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + size - 1) / size);
        var page = Math.Clamp(query.Page, 0, pages - 1);
        var rows = await cases.OrderByDescending(c => c.Number).Skip(page * size).Take(size).ToListAsync(cancellationToken);

        var text = new StringBuilder();
        if (query.WithStrikes && query.User is { } member)
        {
            // The strikes the ladder would count now: shadow-mode strikes count only while the guild is in shadow mode.
            var policy = await policies.GetAsync(new GuildId(guild), cancellationToken);
            var strikes = await caseStore.CountActiveStrikesAsync(new GuildId(guild), new UserId(member), policy.IsShadow, cancellationToken);
            text.Append(CultureInfo.InvariantCulture, $"<@{member}>: **{strikes}** active strike(s), {total} case(s).\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"{total} case(s).\n");
        }

        foreach (var row in rows)
        {
            text.Append(CaseFormatter.ToLine(row)).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"Page {page + 1}/{pages}");
        return new OutgoingMessage
        {
            Content = CaseFormatter.Truncate(text.ToString(), 2000),
            Ephemeral = true,
            Components = pages == 1 ? [] :
            [
                new ActionRow(
                [
                    new Button(ButtonStyle.Secondary, "Previous", query.ToCustomId(page - 1), Disabled: page == 0),
                    new Button(ButtonStyle.Secondary, "Next", query.ToCustomId(page + 1), Disabled: page >= pages - 1),
                ]),
            ],
        };
    }
}
