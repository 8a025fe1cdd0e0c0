using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Support;

/// <summary>A logger that keeps every entry, to assert what the client reported.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, EventId Id, string Message)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, eventId, formatter(state, exception)));
}

/// <summary>Fixed jitter: NextDouble always returns <paramref name="value"/>.</summary>
public sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}

/// <summary>A logger provider for a whole host: every category's entries in one list, with a wait for an entry to appear.</summary>
public sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly Lock _lock = new();
    private readonly List<(LogLevel Level, EventId Id, string Message)> _entries = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<(LogLevel Level, EventId Id, string Message)> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new ProviderLogger(this);

    /// <summary>Waits until an entry with <paramref name="eventId"/> has been logged; signalled, not polled.</summary>
    public async Task WaitForAsync(int eventId)
    {
        while (true)
        {
            Task next;
            lock (_lock)
            {
                if (_entries.Exists(e => e.Id.Id == eventId))
                    return;
                next = _changed.Task;
            }
            await next.Within();
        }
    }

    public void Dispose()
    {
    }

    private void Add(LogLevel level, EventId id, string message)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _entries.Add((level, id, message));
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.SetResult();
    }

    private sealed class ProviderLogger(ListLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(logLevel, eventId, formatter(state, exception) + (exception is null ? "" : " " + exception));
    }
}
