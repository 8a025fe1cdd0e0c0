using System.Globalization;
using System.Text;
using Bot.Data.Entities;
using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Framework;
using Bot.Moderation.Policy;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Config;

/// <summary><c>/config ...</c>: shows and changes the guild's moderation settings (Manage Server); every change is audited.</summary>
public sealed class ConfigCommands(
    IDiscordRest rest,
    GuildSettingsEditor editor,
    ThresholdPreview preview,
    ChannelOptionGuard channels,
    TimeProvider time,
    ILogger<ConfigCommands> logger) : CommandModule(rest, logger)
{
    public override IReadOnlyList<CommandDefinition> Commands { get; } =
    [
        new("config", "Show or change this server's moderation settings")
        {
            DefaultMemberPermissions = DiscordPermissions.ManageGuild,
            Options =
            [
                Define.Sub("show", "Show the current settings"),
                Define.Sub("threshold", "Set a score threshold", ThresholdOptions()),
                Define.Sub("preview", "What a threshold would have done to recent messages", ThresholdOptions()),
                Define.Group(
                    "ladder",
                    "The strike ladder",
                    Define.Sub(
                        "set",
                        "Set what the n-th strike leads to",
                        Define.WholeNumber("strike", "Strike number", required: true, 1, ConfigChanges.MaxLadderStrikes),
                        Define.Choice("action", "What happens", true, [.. ConfigChanges.LadderActions.Select(a => a.ToString())]),
                        Define.WholeNumber("minutes", "Timeout length (timeout only)", required: false, 1, 40_320),
                        Define.Flag("alert", "Also alert the moderators")),
                    Define.Sub("remove", "Remove one step", Define.WholeNumber("strike", "Strike number", required: true, 1, ConfigChanges.MaxLadderStrikes)),
                    Define.Sub("reset", "Remove every step (back to the default ladder)")),
                Define.Group(
                    "watch",
                    "Channels whose messages are scored",
                    Define.Sub("add", "Watch a channel", Define.Channel("channel", "The channel")),
                    Define.Sub("remove", "Stop watching a channel", Define.Channel("channel", "The channel"))),
                Define.Group(
                    "exempt",
                    "Roles and channels moderation leaves alone",
                    Define.Sub("add", "Exempt a role or a channel", Define.Role("role", "A role", false), Define.Channel("channel", "A channel", false)),
                    Define.Sub("remove", "Lift an exemption", Define.Role("role", "A role", false), Define.Channel("channel", "A channel", false))),
                Define.Sub("modlog", "Set the mod-log channel", Define.Channel("channel", "The channel")),
                Define.Sub("mode", "Act on decisions, or only record them", Define.Choice("mode", "enforce or shadow", true, "enforce", "shadow")),
            ],
        },
    ];

    protected override DiscordPermissions RequiredPermissions(CommandContext context) => DiscordPermissions.ManageGuild;

    protected override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        if (options.Subcommand == "show")
        {
            await context.ReplyAsync(Render(await editor.ReadAsync(context.Guild, cancellationToken)), cancellationToken);
            return;
        }

        if (options.Subcommand == "preview")
        {
            var result = await preview.RunAsync(context.Guild, ReadTarget(options), ReadValue(options), cancellationToken);
            await context.ReplyAsync(result.Render(), cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var (kind, change) = options.Subcommand switch
        {
            "threshold" => (ConfigAudit.Threshold, ConfigChanges.Threshold(ReadTarget(options), ReadValue(options))),
            "mode" => (ConfigAudit.Mode, ConfigChanges.Mode(ReadMode(options))),
            "modlog" => (ConfigAudit.ModLog, ConfigChanges.ModLog(channels.EnsureInGuild(context, options.GetRequiredChannel("channel")).Value)),
            // Removals take any id, so a channel that was deleted or never reported can still be cleaned out.
            "watch add" => (ConfigAudit.Watch, ConfigChanges.Watch(channels.EnsureInGuild(context, options.GetRequiredChannel("channel")).Value, true, now)),
            "watch remove" => (ConfigAudit.Watch, ConfigChanges.Watch(options.GetRequiredChannel("channel").Value, false, now)),
            "exempt add" or "exempt remove" => (ConfigAudit.Exempt, ReadExemption(context, now)),
            "ladder set" => (ConfigAudit.Ladder, ConfigChanges.LadderSet(
                options.GetRequiredInt32("strike"), ReadLadderAction(options), options.GetInt32("minutes"), options.GetBoolean("alert") ?? false)),
            "ladder remove" => (ConfigAudit.Ladder, ConfigChanges.LadderRemove(options.GetRequiredInt32("strike"))),
            "ladder reset" => (ConfigAudit.Ladder, ConfigChanges.LadderReset()),
            _ => throw new CommandInputException("Unknown subcommand; the command list may be out of date."),
        };

        var detail = await editor.ChangeAsync(context.Guild, context.Actor, kind, change, cancellationToken);
        await context.ReplyAsync($"Changed {detail}.", cancellationToken);
    }

    private static CommandOptionDefinition[] ThresholdOptions() =>
    [
        Define.Choice("score", "Which score", true, ThresholdTarget.Scores),
        Define.Choice("level", "Which level", true, ThresholdTarget.Levels),
        Define.Number("value", "Between 0 and 1", required: true, 0, 1),
    ];

    private static ThresholdTarget ReadTarget(OptionReader options) =>
        ThresholdTarget.Parse(options.GetRequiredString("score"), options.GetRequiredString("level"));

    private static double ReadValue(OptionReader options) =>
        ThresholdTarget.CheckValue(options.GetNumber("value") ?? throw new CommandInputException("The option `value` is required."));

    private static ModerationMode ReadMode(OptionReader options) => options.GetRequiredString("mode").ToLowerInvariant() switch
    {
        "enforce" => ModerationMode.Enforce,
        "shadow" => ModerationMode.Shadow,
        var other => throw new CommandInputException($"`{other}` is not a mode; use enforce or shadow."),
    };

    private static CaseAction ReadLadderAction(OptionReader options)
    {
        var raw = options.GetRequiredString("action");
        return Enum.TryParse<CaseAction>(raw, ignoreCase: true, out var action) && ConfigChanges.LadderActions.Contains(action)
            ? action
            : throw new CommandInputException($"`{raw}` is not a ladder action; use one of {string.Join(", ", ConfigChanges.LadderActions)}.");
    }

    private Func<Bot.Data.BotDbContext, GuildSettings, string> ReadExemption(CommandContext context, DateTimeOffset now)
    {
        var options = context.Options;
        var role = options.GetSnowflake("role");
        var add = options.Subcommand.EndsWith("add", StringComparison.Ordinal);
        var channel = options.GetChannel("channel");
        if (add && channel is { } named)
        {
            channels.EnsureInGuild(context, named);
        }

        return (role, channel) switch
        {
            ({ } r, null) => ConfigChanges.Exempt(ExemptionKind.Role, r, add, now),
            (null, { } c) => ConfigChanges.Exempt(ExemptionKind.Channel, c.Value, add, now),
            _ => throw new CommandInputException("Give exactly one of `role` or `channel`."),
        };
    }

    private static string DefaultLadder() => string.Join("; ", LadderRung.Defaults.Select(r => string.Create(
        CultureInfo.InvariantCulture,
        $"{r.Strike}: {r.Action}{(r.Timeout is { } t ? " " + DurationParser.Format(t) : "")}{(r.AlertModerators ? " +alert" : "")}")));

    private static string Render(GuildSettings s)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Mode**: {s.Mode}\n");
        text.Append(CultureInfo.InvariantCulture, $"**Mod log**: {(s.ModLogChannelId is { } log ? $"<#{log}>" : "not set")}\n");
        text.Append(CultureInfo.InvariantCulture, $"**Incivility**: flag {s.IncivilityFlagThreshold:0.00}, delete {s.IncivilityDeleteThreshold:0.00}, timeout {s.IncivilityTimeoutThreshold:0.00}\n");
        text.Append(CultureInfo.InvariantCulture, $"**Repetition**: flag {s.RepetitionFlagThreshold:0.00}, delete {s.RepetitionDeleteThreshold:0.00}, timeout {s.RepetitionTimeoutThreshold:0.00}\n");
        text.Append(CultureInfo.InvariantCulture, $"**Timeout**: {s.TimeoutMinutes}m; strikes decay after {s.StrikeDecayDays}d\n");
        text.Append("**Watched**: ").Append(s.WatchedChannels.Count == 0 ? "none" : string.Join(", ", s.WatchedChannels.Select(w => $"<#{w.ChannelId}>"))).Append('\n');
        text.Append("**Exempt**: ").Append(s.Exemptions.Count == 0 ? "none" : string.Join(", ", s.Exemptions.Select(e => e.Kind switch
        {
            ExemptionKind.Role => $"<@&{e.TargetId}>",
            ExemptionKind.Channel => $"<#{e.TargetId}>",
            _ => $"<@{e.TargetId}>",
        }))).Append('\n');
        text.Append("**Ladder**: ").Append(s.Ladder.Count == 0 ? $"the default ({DefaultLadder()})" : string.Join("; ", s.Ladder.OrderBy(l => l.Strike).Select(l =>
            string.Create(CultureInfo.InvariantCulture, $"{l.Strike}: {ConfigChanges.Describe(l)}"))));
        return text.ToString();
    }
}
