using Bot.Discord;
using Bot.Discord.Abstractions;
using ApplicationId = Bot.Discord.Abstractions.ApplicationId;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Moderation.Commands.Framework;

/// <summary>
/// Registers commands by bulk overwrite, so stale ones disappear: per guild for <see cref="DiscordOptions.TestGuildIds"/>
/// (instant), globally otherwise. Definitions are checked against Discord's rules first, so a bad one fails here, loudly.
/// </summary>
public sealed partial class CommandRegistrar(
    IEnumerable<IInteractionModule> modules,
    IDiscordRest rest,
    IOptions<DiscordOptions> discordOptions,
    ILogger<CommandRegistrar> logger) : ICommandRegistrar, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ApplicationId? _registered;

    public async Task<DiscordResult> RegisterAsync(ApplicationId application, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_registered == application)
            {
                return DiscordResult.Success;
            }

            var commands = modules.SelectMany(m => m.Commands).ToList();
            var problems = CommandDefinitionRules.Check(commands);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    LogInvalidDefinition(problem);
                }

                return DiscordResult.Fail(DiscordErrorKind.Invalid, $"{problems.Count} command definitions break Discord's rules: {problems[0]}");
            }

            var result = await OverwriteAsync(application, commands, cancellationToken);
            if (result.IsSuccess)
            {
                _registered = application;
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<DiscordResult> OverwriteAsync(ApplicationId application, List<CommandDefinition> commands, CancellationToken cancellationToken)
    {
        var guilds = discordOptions.Value.TestGuildIds;
        if (guilds.Count == 0)
        {
            var global = await rest.OverwriteGlobalCommandsAsync(application, commands, cancellationToken);
            LogRegistered(commands.Count, "global", global.Error?.Message);
            return global;
        }

        var outcome = DiscordResult.Success;
        foreach (var guild in guilds)
        {
            var result = await rest.OverwriteGuildCommandsAsync(application, new GuildId(guild), commands, cancellationToken);
            LogRegistered(commands.Count, guild.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error?.Message);
            if (!result.IsSuccess)
            {
                outcome = result;
            }
        }

        return outcome;
    }

    [LoggerMessage(EventId = 7110, Level = LogLevel.Information, Message = "Registered {Count} commands in {Scope}; error: {Error}")]
    private partial void LogRegistered(int count, string scope, string? error);

    [LoggerMessage(EventId = 7111, Level = LogLevel.Error, Message = "Command definition refused: {Problem}")]
    private partial void LogInvalidDefinition(string problem);
}
