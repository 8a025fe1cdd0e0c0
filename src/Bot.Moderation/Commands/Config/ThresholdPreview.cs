using System.Globalization;
using System.Text;
using Bot.Data;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Moderation.Commands.Config;

/// <summary>Replays the latest scored messages against a proposed threshold: how many it would catch, and which change.</summary>
public sealed class ThresholdPreview(IDbContextFactory<BotDbContext> contexts, GuildSettingsEditor settings, IOptions<CommandOptions> options)
{
    public const int ExamplesPerSide = 3;

    public async Task<PreviewResult> RunAsync(GuildId guild, ThresholdTarget target, double proposed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var current = target.Read(await settings.ReadAsync(guild, cancellationToken));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ScoredMessages.AsNoTracking()
            .Where(m => m.GuildId == guild.Value)
            .OrderByDescending(m => m.ScoredAt)
            .Take(options.Value.PreviewSampleSize)
            .ToListAsync(cancellationToken);
        var caughtNow = rows.Count(r => target.ScoreOf(r) >= current);
        var caughtThen = rows.Count(r => target.ScoreOf(r) >= proposed);
        var added = rows.Where(r => target.ScoreOf(r) >= proposed && target.ScoreOf(r) < current)
            .OrderByDescending(target.ScoreOf).Take(ExamplesPerSide).Select(Example).ToList();
        var released = rows.Where(r => target.ScoreOf(r) < proposed && target.ScoreOf(r) >= current)
            .OrderBy(target.ScoreOf).Take(ExamplesPerSide).Select(Example).ToList();
        return new PreviewResult(target, current, proposed, rows.Count, caughtNow, caughtThen, added, released);

        string Example(Bot.Data.Entities.ScoredMessage row) => string.Create(
            CultureInfo.InvariantCulture,
            $"`{target.ScoreOf(row):0.00}` <@{row.UserId}>: {CaseFormatter.Truncate(row.Excerpt ?? "(no excerpt)", 120)}");
    }
}

/// <summary>What a threshold change would have done to the sampled messages.</summary>
public sealed record PreviewResult(
    ThresholdTarget Target,
    double Current,
    double Proposed,
    int Sampled,
    int CaughtNow,
    int CaughtProposed,
    IReadOnlyList<string> NewlyCaught,
    IReadOnlyList<string> NoLongerCaught)
{
    public string Render()
    {
        if (Sampled == 0)
        {
            return "No scored messages in this server yet: nothing to preview.";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**{Target}** over the last {Sampled} scored messages:\n");
        text.Append(CultureInfo.InvariantCulture, $"now {Current:0.00} → {CaughtNow} reach it; at {Proposed:0.00} → {CaughtProposed} ({CaughtProposed - CaughtNow:+0;-0;0}).\n");
        if (NewlyCaught.Count > 0)
        {
            text.Append("Newly caught:\n").AppendJoin('\n', NewlyCaught).Append('\n');
        }

        if (NoLongerCaught.Count > 0)
        {
            text.Append("No longer caught:\n").AppendJoin('\n', NoLongerCaught).Append('\n');
        }

        return CaseFormatter.Truncate(text.ToString(), 2000);
    }
}
