using System.Globalization;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.Commands.Records;

/// <summary>How a case reads to moderators: an embed for one case, a line for a list.</summary>
public static class CaseFormatter
{
    private const int Red = 0xD83C3E;
    private const int Orange = 0xE67E22;
    private const int Grey = 0x95A5A6;
    private const int Blue = 0x3498DB;

    public static Embed ToEmbed(ModerationCase moderationCase)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        var fields = new List<EmbedField>
        {
            new("User", $"<@{moderationCase.UserId}>", true),
            new("Action", moderationCase.Action.ToString(), true),
            new("Source", moderationCase.Source.ToString(), true),
            new("By", moderationCase.ActorId is { } actor ? $"<@{actor}>" : "the bot", true),
            new("Outcome", moderationCase.OutcomeDetail is { } detail ? $"{moderationCase.Outcome}: {detail}" : moderationCase.Outcome.ToString(), true),
        };
        if (moderationCase.ExpiresAt is { } expires)
        {
            fields.Add(new("Until", $"<t:{expires.ToUnixTimeSeconds()}:f>", true));
        }

        if (moderationCase.IncivilityScore is { } incivility || moderationCase.RepetitionScore is not null)
        {
            fields.Add(new("Scores", Scores(moderationCase.IncivilityScore, moderationCase.RepetitionScore), true));
        }

        if (moderationCase.Reasons.Count > 0)
        {
            fields.Add(new("Reasons", Truncate(string.Join(", ", moderationCase.Reasons), 1024)));
        }

        if (moderationCase.Note is { Length: > 0 } note)
        {
            fields.Add(new("Note", Truncate(note, 1024)));
        }

        if (moderationCase.MessageExcerpt is { Length: > 0 } excerpt)
        {
            fields.Add(new("Message", Truncate(excerpt, 1024)));
        }

        if (moderationCase.RescindedAt is { } rescinded)
        {
            fields.Add(new("Pardoned", $"<t:{rescinded.ToUnixTimeSeconds()}:f> by <@{moderationCase.RescindedBy}>: {Truncate(moderationCase.RescindReason ?? "", 900)}"));
        }

        return new Embed
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Case #{moderationCase.Number}: {moderationCase.Action}"),
            Color = ColorOf(moderationCase),
            Timestamp = moderationCase.CreatedAt,
            Fields = fields,
        };
    }

    /// <summary>One line: number, action, user, date, and a mark when pardoned.</summary>
    public static string ToLine(ModerationCase moderationCase)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        var pardoned = moderationCase.RescindedAt is null ? "" : " ~~pardoned~~";
        var note = moderationCase.Note is { Length: > 0 } text ? $": {Truncate(text, 80)}" : "";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"`#{moderationCase.Number}` **{moderationCase.Action}** <@{moderationCase.UserId}> <t:{moderationCase.CreatedAt.ToUnixTimeSeconds()}:d>{pardoned}{note}");
    }

    public static string Scores(double? incivility, double? repetition) =>
        string.Create(CultureInfo.InvariantCulture, $"incivility {incivility?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"}, repetition {repetition?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"}");

    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
    }

    private static int ColorOf(ModerationCase moderationCase) => moderationCase switch
    {
        { RescindedAt: not null } => Grey,
        { Action: CaseAction.Ban or CaseAction.Kick or CaseAction.Timeout } => Red,
        { Action: CaseAction.Warn or CaseAction.Delete or CaseAction.Purge } => Orange,
        _ => Blue,
    };
}
