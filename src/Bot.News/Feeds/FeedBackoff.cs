namespace Bot.News.Feeds;

/// <summary>When to poll a failing feed next: the normal interval doubled per consecutive failure, capped.</summary>
public static class FeedBackoff
{
    public static TimeSpan Delay(TimeSpan interval, int consecutiveFailures, TimeSpan max)
    {
        if (consecutiveFailures <= 0)
        {
            return interval;
        }

        var factor = Math.Pow(2, Math.Min(consecutiveFailures, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(interval.Ticks * factor, max.Ticks));
        return delay < interval ? interval : delay;
    }
}
