namespace Bot.Sandbox.Gateway;

/// <summary>How a Resume ends: replayed, refused with op 9 (unknown, ended or too old), or a seq the session never sent (close 4007).</summary>
internal enum ResumeOutcome
{
    Resumed,
    NotResumable,
    InvalidSequence,
}
