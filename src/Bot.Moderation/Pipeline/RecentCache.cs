namespace Bot.Moderation.Pipeline;

/// <summary>A thread-safe map that keeps at most <c>capacity</c> entries, forgetting the oldest first.</summary>
internal sealed class RecentCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _values = new(Math.Min(capacity, 4096));
    private readonly Queue<TKey> _order = new(Math.Min(capacity, 4096));
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _values.Count;
            }
        }
    }

    /// <summary>Adds the key; false when it was already there (the value is then left as it was).</summary>
    public bool TryAdd(TKey key, TValue value)
    {
        lock (_lock)
        {
            if (!_values.TryAdd(key, value))
            {
                return false;
            }

            _order.Enqueue(key);
            Trim();
            return true;
        }
    }

    public void Set(TKey key, TValue value)
    {
        lock (_lock)
        {
            if (!_values.ContainsKey(key))
            {
                _order.Enqueue(key);
            }

            _values[key] = value;
            Trim();
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_lock)
        {
            return _values.TryGetValue(key, out value!);
        }
    }

    public bool Remove(TKey key)
    {
        lock (_lock)
        {
            // The key stays in the order queue; Trim skips keys no longer present.
            return _values.Remove(key);
        }
    }

    private void Trim()
    {
        while (_values.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _values.Remove(oldest);
        }

        // Removed keys linger in the queue; bound it too.
        while (_order.Count > capacity * 2 && _order.TryDequeue(out var stale))
        {
            _values.Remove(stale);
        }
    }
}
