using System.Globalization;
using Bot.Discord.Abstractions;
using Bot.Moderation.Cases;
using Bot.Moderation.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Moderation.Heat;

/// <summary>
/// Counts flagged messages per thread over a sliding window. When a thread passes the threshold it gets slowmode
/// and a short notice; once no flagged message came for the calm period, the slowmode it had before is restored.
/// </summary>
public sealed class ThreadHeatMonitor(
    IDiscordRest rest,
    GuildDirectory directory,
    CaseStore cases,
    IOptions<ModerationOptions> options,
    TimeProvider timeProvider,
    ILogger<ThreadHeatMonitor> logger)
{
    private readonly Dictionary<ChannelId, ThreadHeat> _threads = [];
    private readonly Lock _lock = new();
    private readonly TimeSpan _window = TimeSpan.FromSeconds(options.Value.HeatWindowSeconds);
    private readonly TimeSpan _calm = TimeSpan.FromSeconds(options.Value.HeatCalmSeconds);
    private readonly int _threshold = options.Value.HeatFlaggedMessages;
    private readonly int _slowmode = options.Value.HeatSlowmodeSeconds;

    /// <summary>How often <see cref="HeatLiftService"/> looks for calm threads.</summary>
    public TimeSpan CheckInterval => TimeSpan.FromSeconds(Math.Clamp(_calm.TotalSeconds / 10, 1, 60));

    /// <summary>Whether the thread currently has heat slowmode on.</summary>
    public bool IsHot(ChannelId thread)
    {
        lock (_lock)
        {
            return _threads.TryGetValue(thread, out var heat) && heat.Hot;
        }
    }

    /// <summary>Counts a flagged message in a thread; turns slowmode on when the thread passes the threshold.</summary>
    /// <param name="act">False in shadow mode: count, never touch the thread.</param>
    public async Task RecordFlaggedAsync(GuildId guild, ChannelId thread, bool act, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (!_threads.TryGetValue(thread, out var heat))
            {
                heat = new ThreadHeat(guild);
                _threads[thread] = heat;
            }

            heat.Flagged.Enqueue(now);
            heat.LastFlagged = now;
            while (heat.Flagged.TryPeek(out var oldest) && oldest <= now - _window)
            {
                heat.Flagged.Dequeue();
            }

            if (!act || heat.Hot || heat.Switching || heat.Flagged.Count < _threshold)
            {
                return;
            }

            heat.Switching = true;
            heat.PreviousSlowmode = directory.SlowmodeOf(thread);
        }

        await TurnOnAsync(guild, thread, cancellationToken);
    }

    /// <summary>Restores the slowmode of every hot thread that has been calm for the calm period.</summary>
    public async Task LiftCalmThreadsAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        List<(ChannelId Thread, ThreadHeat Heat)> calm;
        lock (_lock)
        {
            calm = [.. _threads.Where(t => t.Value.Hot && !t.Value.Switching && now - t.Value.LastFlagged >= _calm).Select(t => (t.Key, t.Value))];
            foreach (var (_, heat) in calm)
            {
                heat.Switching = true;
            }

            // Threads that never got hot and went quiet are forgotten.
            foreach (var quiet in _threads.Where(t => !t.Value.Hot && !t.Value.Switching && now - t.Value.LastFlagged >= _window).Select(t => t.Key).ToList())
            {
                _threads.Remove(quiet);
            }
        }

        foreach (var (thread, heat) in calm)
        {
            await TurnOffAsync(heat, thread, cancellationToken);
        }
    }

    private async Task TurnOnAsync(GuildId guild, ChannelId thread, CancellationToken cancellationToken)
    {
        var hot = false;
        try
        {
            var set = await rest.SetSlowmodeAsync(thread, _slowmode, "NewsMod: many flagged messages in this thread", cancellationToken);
            if (!set.IsSuccess)
            {
                logger.LogWarning("Could not set slowmode on thread {ThreadId}: {ErrorKind} {Error}", thread, set.Error!.Kind, set.Error.Message);
                return;
            }

            hot = true;
            await rest.SendMessageAsync(thread, new OutgoingMessage
            {
                Content = string.Create(CultureInfo.InvariantCulture,
                    $"🐢 This discussion is heated: slowmode ({_slowmode} s) is on for a while. Please keep it civil."),
            }, cancellationToken);
            await cases.AppendAuditAsync(guild, null, null, AuditKinds.HeatOn,
                string.Create(CultureInfo.InvariantCulture, $"thread {thread}: slowmode {_slowmode} s"), cancellationToken);
        }
        finally
        {
            lock (_lock)
            {
                var heat = _threads[thread];
                heat.Hot = hot;
                heat.Switching = false;
            }
        }
    }

    private async Task TurnOffAsync(ThreadHeat heat, ChannelId thread, CancellationToken cancellationToken)
    {
        var lifted = false;
        try
        {
            var set = await rest.SetSlowmodeAsync(thread, heat.PreviousSlowmode, "NewsMod: the thread calmed down", cancellationToken);
            if (!set.IsSuccess)
            {
                logger.LogWarning("Could not lift slowmode on thread {ThreadId}: {ErrorKind} {Error}", thread, set.Error!.Kind, set.Error.Message);
                return;
            }

            lifted = true;
            await rest.SendMessageAsync(thread, new OutgoingMessage { Content = "Slowmode lifted. Thanks for keeping it civil." }, cancellationToken);
            await cases.AppendAuditAsync(heat.Guild, null, null, AuditKinds.HeatOff,
                string.Create(CultureInfo.InvariantCulture, $"thread {thread}: slowmode back to {heat.PreviousSlowmode} s"), cancellationToken);
        }
        finally
        {
            lock (_lock)
            {
                heat.Switching = false;
                if (lifted)
                {
                    _threads.Remove(thread);
                }
            }
        }
    }

    private sealed class ThreadHeat(GuildId guild)
    {
        public GuildId Guild { get; } = guild;
        public Queue<DateTimeOffset> Flagged { get; } = new();
        public DateTimeOffset LastFlagged { get; set; }
        public bool Hot { get; set; }
        public bool Switching { get; set; }
        public int PreviousSlowmode { get; set; }
    }
}
