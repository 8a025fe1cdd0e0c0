using System.Threading.Channels;
using Bot.Discord.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>The bounded event channel every shard writes to and the bot's dispatcher reads from.</summary>
internal sealed class DiscordGateway(IOptions<DiscordOptions> options) : IDiscordGateway
{
    private readonly Channel<GatewayEvent> _events = Channel.CreateBounded<GatewayEvent>(new BoundedChannelOptions(options.Value.EventQueueCapacity)
    {
        // Wait, never drop: a moderation bot must not lose a message because handlers were slow.
        FullMode = BoundedChannelFullMode.Wait,
        SingleWriter = false,
        SingleReader = false,
    });

    public ChannelReader<GatewayEvent> Events => _events.Reader;

    public ChannelWriter<GatewayEvent> Writer => _events.Writer;
}
