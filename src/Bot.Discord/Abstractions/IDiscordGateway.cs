using System.Threading.Channels;

namespace Bot.Discord.Abstractions;

/// <summary>The stream of gateway events from every shard this process runs.</summary>
public interface IDiscordGateway
{
    /// <summary>A bounded channel: the gateway writes, one dispatcher reads. A full channel slows the gateway, it never drops events.</summary>
    ChannelReader<GatewayEvent> Events { get; }
}
