using System.Threading.Channels;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.Tests.Support;

/// <summary>A gateway whose events the test writes.</summary>
public sealed class ChannelGateway : IDiscordGateway
{
    private readonly Channel<GatewayEvent> _events = Channel.CreateUnbounded<GatewayEvent>();

    public ChannelReader<GatewayEvent> Events => _events.Reader;

    public ValueTask PushAsync(GatewayEvent gatewayEvent) => _events.Writer.WriteAsync(gatewayEvent);
}
