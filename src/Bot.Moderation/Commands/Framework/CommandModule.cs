using Bot.Discord.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Framework;

/// <summary>
/// Base of this feature's interaction modules: guild-only, our permission check before anything runs,
/// and refused input answered with its message (ephemeral) instead of an error.
/// </summary>
public abstract class CommandModule(IDiscordRest rest, ILogger logger) : IInteractionModule
{
    public abstract IReadOnlyList<CommandDefinition> Commands { get; }

    public virtual IReadOnlyList<string> CustomIdPrefixes => [];

    protected IDiscordRest Rest => rest;

    protected ILogger Logger => logger;

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var context = new CommandContext(interaction, rest, logger);
        try
        {
            if (interaction.GuildId is null)
            {
                throw new CommandInputException("This command works only in a server.");
            }

            var required = RequiredPermissions(context);
            if (!PermissionGuard.Allows(interaction.MemberPermissions, required))
            {
                throw new CommandInputException($"You need the {PermissionGuard.Describe(required)} permission to do this.");
            }

            await ExecuteAsync(context, cancellationToken);
        }
        catch (CommandInputException refused)
        {
            await context.ReplyAsync(refused.Message, cancellationToken);
        }
    }

    /// <summary>Any one of these lets the invoking member use the interaction; <see cref="DiscordPermissions.None"/> lets everyone.</summary>
    protected abstract DiscordPermissions RequiredPermissions(CommandContext context);

    protected abstract Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken);
}
