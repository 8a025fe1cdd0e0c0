using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Data;
using Bot.Sandbox.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Demo;

/// <summary>Prints what happened in the demo: the article and its summary, each message's verdict, the case rows.</summary>
internal sealed class DemoReport(DemoWorld world, TextWriter output)
{
    private const int ExcerptLength = 90;

    public void Article(SandboxMessage post, SandboxChannel thread)
    {
        var embed = post.Embeds[0] as JsonObject;
        output.WriteLine($"The bot posted the seed article in #news: \"{embed?["title"]?.GetValue<string>()}\"");
        output.WriteLine("Summary:");
        foreach (var line in (embed?["description"]?.GetValue<string>() ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            output.WriteLine($"  {line}");
        }

        output.WriteLine($"Discussion thread: \"{thread.Name}\"");
        output.WriteLine();
    }

    public void Verdict(string author, string text, MessageVerdict? verdict)
    {
        output.WriteLine($"- {author}: \"{Excerpt(text)}\"");
        if (verdict is null)
        {
            output.WriteLine("    not scored (no verdict from the bot in time)");
            return;
        }

        var (evaluation, moderationCase) = verdict;
        var incivility = evaluation.Scores.Incivility;
        var repetition = evaluation.Scores.Repetition;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    incivility {incivility.Score:0.00}{Why(incivility.Reasons, incivility.Terms)}   repetition {repetition.Score:0.00}{Why(repetition.Reasons, [])}"));
        output.WriteLine(moderationCase is null
            ? "    action: none"
            : $"    action: {moderationCase.Action} ({moderationCase.Outcome}{Detail(moderationCase.OutcomeDetail)}), case #{moderationCase.Number}");
    }

    public async Task CasesAsync(IServiceProvider services, ulong guildId, int modLogPosts, CancellationToken cancellationToken)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => c.GuildId == guildId).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        await output.WriteLineAsync($"Case rows written ({cases.Count}); {modLogPosts} posts in #mod-log:");
        foreach (var c in cases)
        {
            var scores = string.Create(CultureInfo.InvariantCulture, $"incivility {c.IncivilityScore:0.00}, repetition {c.RepetitionScore:0.00}");
            var reasons = c.Reasons.Count > 0 ? $" [{string.Join(", ", c.Reasons)}]" : "";
            await output.WriteLineAsync($"  #{c.Number} {c.Action} {c.Outcome} {c.Source} user={world.NameOf(c.UserId)} {scores}{reasons}");
        }
    }

    private static string Why(IReadOnlyList<string> reasons, IReadOnlyList<string> terms) =>
        reasons.Count == 0 && terms.Count == 0
            ? ""
            : $" ({string.Join(", ", reasons)}{(terms.Count > 0 ? $"; terms: {string.Join(", ", terms)}" : "")})";

    private static string Detail(string? detail) => string.IsNullOrEmpty(detail) ? "" : $": {detail}";

    private static string Excerpt(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= ExcerptLength ? flat : string.Concat(flat.AsSpan(0, ExcerptLength), "…");
    }
}
