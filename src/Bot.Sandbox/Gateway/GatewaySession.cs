namespace Bot.Sandbox.Gateway;

/// <summary>
/// An identified gateway session: its shard, intents, sequence and the events it was sent, kept for Resume.
/// Survives its connection so a client can resume after a drop.
/// </summary>
internal sealed class GatewaySession(string id, int shardId, int shardCount, long intents, int bufferSize)
{
    private readonly Lock _sync = new();
    private readonly Queue<(int Seq, string Frame)> _log = new();
    private GatewayConnection? _connection;
    private int _seq;

    public string Id { get; } = id;
    public int ShardId { get; } = shardId;
    public int ShardCount { get; } = shardCount;
    public long Intents { get; } = intents;
    public bool Invalidated { get; private set; }

    public int Sequence
    {
        get
        {
            lock (_sync)
            {
                return _seq;
            }
        }
    }

    public bool Handles(ulong? guildId) =>
        guildId is { } id ? (int)((id >> 22) % (ulong)ShardCount) == ShardId : ShardId == 0;

    /// <summary>Numbers the event, keeps it for replay and sends it if a connection is attached.</summary>
    public void Send(string name, string payloadJson)
    {
        lock (_sync)
        {
            if (Invalidated)
            {
                return;
            }

            _seq++;
            var frame = $"{{\"op\":0,\"s\":{_seq},\"t\":\"{name}\",\"d\":{payloadJson}}}";
            _log.Enqueue((_seq, frame));
            while (_log.Count > bufferSize)
            {
                _log.Dequeue();
            }

            _connection?.Enqueue(frame);
        }
    }

    public void Attach(GatewayConnection connection)
    {
        lock (_sync)
        {
            _connection = connection;
        }
    }

    /// <summary>Attaches a resuming connection and replays every event after <paramref name="seq"/>.</summary>
    public ResumeOutcome TryResume(GatewayConnection connection, int seq)
    {
        lock (_sync)
        {
            var oldest = _log.Count > 0 ? _log.Peek().Seq : _seq + 1;
            if (seq > _seq)
            {
                return ResumeOutcome.InvalidSequence;
            }

            if (Invalidated || seq < oldest - 1)
            {
                return ResumeOutcome.NotResumable;
            }

            _connection = connection;
            foreach (var (eventSeq, frame) in _log)
            {
                if (eventSeq > seq)
                {
                    connection.Enqueue(frame);
                }
            }

            return ResumeOutcome.Resumed;
        }
    }

    public void Detach(GatewayConnection connection)
    {
        lock (_sync)
        {
            if (ReferenceEquals(_connection, connection))
            {
                _connection = null;
            }
        }
    }

    public void Invalidate()
    {
        lock (_sync)
        {
            Invalidated = true;
            _connection = null;
        }
    }
}
