using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Support;

/// <summary>Drives a <see cref="FakeTimeProvider"/> forward until a task completes, without sleeping the test.</summary>
public static class FakeTime
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);

    /// <summary>
    /// Advances fake time in <paramref name="step"/>s until <paramref name="task"/> finishes. Each step gives the
    /// client's continuations a moment on the thread pool to register their next timer.
    /// </summary>
    public static async Task<T> DriveAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan step, int maxSteps = 2000)
    {
        await DriveAsync(time, (Task)task, step, maxSteps);
        return await task;
    }

    public static async Task DriveAsync(this FakeTimeProvider time, Task task, TimeSpan step, int maxSteps = 2000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            if (await Settles(task))
                break;
            time.Advance(step);
        }
        await task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Waits briefly for <paramref name="task"/>; a bounded wait for a signal, not a sleep.</summary>
    public static async Task<bool> Settles(Task task)
    {
        try
        {
            await task.WaitAsync(TimeSpan.FromMilliseconds(15));
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Awaits a signal with a generous safety timeout so a broken client fails the test instead of hanging it.</summary>
    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(TimeSpan.FromSeconds(10));

    public static Task Within(this Task task) => task.WaitAsync(TimeSpan.FromSeconds(10));
}
