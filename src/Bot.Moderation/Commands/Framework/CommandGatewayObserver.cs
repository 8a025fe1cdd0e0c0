using Bot.Discord.Abstractions;
using Bot.Moderation.Pipeline;
using Microsoft.Extensions.Logging;

namespace Bot.Moderation.Commands.Framework;

/// <summary>
/// The commands' gateway observer: on <see cref="Ready"/> it registers the commands (a resume keeps them). Other events
/// are ignored; the guilds' owners and names are in the <see cref="GuildDirectory"/> the dispatcher keeps.
/// </summary>
public sealed partial class CommandGatewayObserver(ICommandRegistrar registrar, ILogger<CommandGatewayObserver> logger) : IGatewayEventObserver
{
    public async Task ObserveAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        if (gatewayEvent is Ready { Resumed: false } ready)
        {
            var result = await registrar.RegisterAsync(ready.ApplicationId, cancellationToken);
            if (!result.IsSuccess)
            {
                LogRegistrationFailed(result.Error!.Kind, result.Error.Message);
            }
        }
    }

    [LoggerMessage(EventId = 7112, Level = LogLevel.Error, Message = "Command registration failed: {ErrorKind} {ErrorMessage}")]
    private partial void LogRegistrationFailed(DiscordErrorKind errorKind, string errorMessage);
}
