using System.Buffers;
using System.Text;
using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using Bot.Discord.Abstractions;
using Bot.Discord.Gateway;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Benchmarks.Discord;

/// <summary>
/// Gateway dispatch: raw MESSAGE_CREATE frame bytes → envelope parsed → event decoded → public record in the event
/// channel. <see cref="ThroughConnection"/> runs the shard's real receive loop (sequence tracking included) over an
/// in-memory transport; <see cref="ParseAndDecode"/> is the decoding alone. Results are per event.
/// </summary>
[MemoryDiagnoser]
public class DispatchBenchmarks
{
    private const int Frames = 1000;

    private byte[][] _frames = [];
    private Channel<GatewayEvent> _events = null!;
    private GatewayShardContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        _frames = [.. Enumerable.Range(1, Frames).Select(s => Encoding.UTF8.GetBytes(MessageCreateFrame(s)))];
        _events = Channel.CreateBounded<GatewayEvent>(new BoundedChannelOptions(Frames) { SingleReader = true });
        var time = TimeProvider.System;
        _context = new GatewayShardContext(0, 1, "token", GatewayIntents.Bot, new IdentifyLimiter(time, NullLogger.Instance, 1, 1000, TimeSpan.Zero),
            _events.Writer, time, new Random(1), NullLogger.Instance);
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public async Task<int> ThroughConnection()
    {
        using var connection = new GatewayConnection(_context, new ReplayTransport(_frames), new GatewaySession());
        await connection.RunAsync(resume: false, CancellationToken.None);
        var delivered = 0;
        while (_events.Reader.TryRead(out _))
            delivered++;
        return delivered == Frames ? delivered : throw new InvalidOperationException($"{delivered} of {Frames} events delivered.");
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public int ParseAndDecode()
    {
        var decoded = 0;
        foreach (var bytes in _frames)
        {
            var frame = GatewayFrame.Parse(bytes);
            if (DispatchDecoder.Decode(frame.EventName!, frame.Data.Span, 0) is MessageCreated)
                decoded++;
        }
        return decoded;
    }

    /// <summary>A MESSAGE_CREATE as Discord sends it in a guild channel (docs: resources/message#message-object), about 1.4 KB.</summary>
    private static string MessageCreateFrame(int sequence) => $$$"""
        {"t":"MESSAGE_CREATE","s":{{{sequence}}},"op":0,"d":{"type":0,"tts":false,"timestamp":"2026-12-03T12:00:00.000000+00:00",
        "referenced_message":null,"pinned":false,"nonce":"1312345678901234567","mentions":[{"username":"reader2","public_flags":0,"id":"222222222222222223","global_name":"Reader Two","discriminator":"0","avatar":null}],
        "mention_roles":[],"mention_everyone":false,"member":{"roles":["444444444444444444"],"premium_since":null,"pending":false,"nick":null,"mute":false,
        "joined_at":"2025-01-01T00:00:00.000000+00:00","flags":0,"deaf":false,"communication_disabled_until":null,"avatar":null},
        "id":"{{{1312345678901234567L + sequence}}}","flags":0,"embeds":[],"edited_timestamp":null,
        "content":"North Korean troops have reportedly been deployed to Russia's Kursk region; @reader2 what does this mean for the front line?",
        "components":[],"channel_id":"290926798626357999","author":{"username":"reader","public_flags":0,"id":"222222222222222222","global_name":"Reader",
        "discriminator":"0","clan":null,"avatar_decoration_data":null,"avatar":"a1b2c3d4e5f60718293a4b5c6d7e8f90"},"attachments":[],"guild_id":"290926798626357250"}}
        """;

    /// <summary>Hands the connection each frame once, then a close frame that ends its loop.</summary>
    private sealed class ReplayTransport(byte[][] frames) : IGatewayTransport
    {
        private int _next;

        public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<GatewayReceiveResult> ReceiveAsync(IBufferWriter<byte> buffer, CancellationToken cancellationToken)
        {
            if (_next == frames.Length)
                return ValueTask.FromResult(new GatewayReceiveResult(true, 4000));
            buffer.Write(frames[_next++]);
            return ValueTask.FromResult(GatewayReceiveResult.Message);
        }

        public Task CloseAsync(int code, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
