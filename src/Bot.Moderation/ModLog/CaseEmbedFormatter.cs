using System.Globalization;
using System.Text;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.ModLog;

/// <summary>Renders a case as the mod-log message: one embed and its Undo / Confirm / Not uncivil buttons.</summary>
public static class CaseEmbedFormatter
{
    private const int FieldLimit = 1024;

    public static OutgoingMessage Render(ModerationCase moderationCase, string? alert = null)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        var fields = new List<EmbedField>
        {
            new("User", Invariant($"<@{moderationCase.UserId}> ({moderationCase.UserId})"), true),
        };
        if (moderationCase.ChannelId is { } channel)
        {
            fields.Add(new EmbedField("Channel", Invariant($"<#{channel}>"), true));
        }

        fields.Add(new EmbedField("Action", ActionText(moderationCase), true));
        if (moderationCase.IncivilityScore is not null || moderationCase.RepetitionScore is not null)
        {
            fields.Add(new EmbedField("Scores", Invariant(
                $"incivility {moderationCase.IncivilityScore ?? 0:0.00} · repetition {moderationCase.RepetitionScore ?? 0:0.00}"), true));
        }

        if (moderationCase.Reasons.Count > 0)
        {
            fields.Add(new EmbedField("Reasons", Cut(string.Join('\n', moderationCase.Reasons), FieldLimit)));
        }

        if (moderationCase.Terms.Count > 0)
        {
            fields.Add(new EmbedField("Terms", Cut(string.Join(", ", moderationCase.Terms.Select(t => $"`{t.Replace('`', '\'')}`")), FieldLimit)));
        }

        fields.Add(new EmbedField("Source", SourceText(moderationCase), true));
        fields.Add(new EmbedField("Outcome", Cut(OutcomeText(moderationCase), FieldLimit)));
        if (moderationCase.Note is { Length: > 0 } note)
        {
            fields.Add(new EmbedField("Note", Cut(note, FieldLimit)));
        }

        var embed = new Embed
        {
            Title = Invariant($"Case #{moderationCase.Number} · {moderationCase.Action}"),
            Description = moderationCase.MessageExcerpt is { Length: > 0 } excerpt ? Quote(excerpt) : null,
            Color = ColorOf(moderationCase),
            Timestamp = moderationCase.CreatedAt,
            FooterText = Invariant($"Case #{moderationCase.Number} · id {moderationCase.Id}"),
            Fields = fields,
        };
        return new OutgoingMessage
        {
            Content = alert,
            Embeds = [embed],
            Components = [new ActionRow(Buttons(moderationCase))],
            // Excerpts quote members verbatim: no mention in them may ping anyone.
            AllowedMentions = AllowedMentions.None,
        };
    }

    private static List<Button> Buttons(ModerationCase moderationCase)
    {
        var rescinded = moderationCase.RescindedAt is not null;
        var buttons = new List<Button>
        {
            new(ButtonStyle.Secondary, rescinded ? "Undone" : "Undo", ModLogCustomId.For(ModLogCustomId.Undo, moderationCase.Id), Disabled: rescinded),
            new(ButtonStyle.Success, "Confirm", ModLogCustomId.For(ModLogCustomId.Confirm, moderationCase.Id)),
        };
        if (moderationCase.MessageExcerpt is { Length: > 0 })
        {
            buttons.Add(new Button(ButtonStyle.Danger, "Not uncivil", ModLogCustomId.For(ModLogCustomId.NotUncivil, moderationCase.Id)));
        }

        return buttons;
    }

    private static string ActionText(ModerationCase moderationCase) =>
        moderationCase is { Action: CaseAction.Timeout, ExpiresAt: { } until }
            ? Invariant($"Timeout until <t:{until.ToUnixTimeSeconds()}:f>")
            : moderationCase.Action.ToString();

    private static string SourceText(ModerationCase moderationCase) => moderationCase.ActorId is { } actor
        ? Invariant($"{moderationCase.Source} by <@{actor}>")
        : moderationCase.Source.ToString();

    private static string OutcomeText(ModerationCase moderationCase)
    {
        var text = moderationCase.Outcome switch
        {
            CaseOutcome.Shadow => "Shadow mode: recorded, not acted on",
            CaseOutcome.Recorded => "Recorded",
            _ => moderationCase.OutcomeDetail is { Length: > 0 } detail ? $"{moderationCase.Outcome}: {detail}" : moderationCase.Outcome.ToString(),
        };
        return moderationCase.RescindedAt is null ? text : Invariant($"{text}\nUndone by <@{moderationCase.RescindedBy}>");
    }

    private static int ColorOf(ModerationCase moderationCase) => moderationCase.Outcome switch
    {
        CaseOutcome.Failed => 0x992D22,
        CaseOutcome.Shadow => 0x95A5A6,
        _ => moderationCase.Action switch
        {
            CaseAction.Flag => 0xF1C40F,
            CaseAction.Delete or CaseAction.Warn => 0xE67E22,
            _ => 0xE74C3C,
        },
    };

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var line in text.Split('\n'))
        {
            builder.Append("> ").Append(line).Append('\n');
        }

        return Cut(builder.ToString().TrimEnd('\n'), 4000);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
