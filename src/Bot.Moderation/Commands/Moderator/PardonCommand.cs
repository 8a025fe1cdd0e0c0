using Bot.Discord.Abstractions;
using Bot.Moderation.Commands.Framework;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Moderator;

/// <summary><c>/pardon case reason</c>: rescinds a case (strike removed, timeout lifted, audit kept).</summary>
public sealed class PardonCommand(IDiscordRest rest, CasePardoner pardoner, ILogger<PardonCommand> logger) : CommandModule(rest, logger)
{
    public override IReadOnlyList<CommandDefinition> Commands { get; } =
    [
        new("pardon", "Rescind a case: its strike is removed and a running timeout lifted")
        {
            DefaultMemberPermissions = Define.Moderator,
            Options = [Define.WholeNumber("case", "Case number", required: true, 1, int.MaxValue), Define.Text("reason", "Why", maxLength: 500)],
        },
    ];

    protected override DiscordPermissions RequiredPermissions(CommandContext context) => Define.Moderator;

    protected override async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var number = context.Options.GetRequiredInteger("case");
        var reason = context.Options.GetRequiredString("reason");
        await context.DeferAsync(ephemeral: true, cancellationToken);
        var (pardoned, note) = await pardoner.PardonAsync(context.Interaction, number, reason, cancellationToken);
        await context.ReplyAsync($"Case #{pardoned.Number} pardoned: {note}.", cancellationToken);
    }
}
