namespace Bot.Sandbox.State;

/// <summary>Makes increasing snowflakes whose timestamp part follows the injected clock (docs: reference#snowflakes).</summary>
internal sealed class SnowflakeGenerator(TimeProvider time)
{
    private const long DiscordEpochMs = 1_420_070_400_000;
    private long _last;

    public ulong Next()
    {
        // A fake clock may start before Discord's epoch; the ids then stay small but still increase.
        var ms = Math.Max(0, time.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs);
        var candidate = ms << 22;
        long last, next;
        do
        {
            last = Interlocked.Read(ref _last);
            next = Math.Max(candidate, last + 1);
        }
        while (Interlocked.CompareExchange(ref _last, next, last) != last);
        return (ulong)next;
    }
}
