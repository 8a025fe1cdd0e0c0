using Bot.Discord.Abstractions;

namespace Bot.Discord.Gateway;

/// <summary>What a shard keeps across connections to resume: session id, resume URL, last sequence, and the READY data.</summary>
internal sealed class GatewaySession
{
    public string? SessionId { get; private set; }
    public Uri? ResumeUrl { get; private set; }

    /// <summary>The last sequence number delivered; replayed events at or below it are dropped.</summary>
    public long? LastSequence { get; set; }

    /// <summary>READY as first received; RESUMED re-announces it with <see cref="Ready.Resumed"/> set.</summary>
    public Ready? Ready { get; private set; }

    public bool CanResume => SessionId is not null;

    public void Start(Ready ready, string sessionId, Uri? resumeUrl)
    {
        Ready = ready;
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        LastSequence = null;
    }
}
