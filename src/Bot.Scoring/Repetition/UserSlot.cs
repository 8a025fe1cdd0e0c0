namespace Bot.Scoring.Repetition;

/// <summary>Bookkeeping for one tracked user: who, when last seen by the clock, and where their history ring stands.</summary>
internal struct UserSlot
{
    public UserKey Key;
    public long LastSeenTicks;
    public int Head;
    public int Count;
    public bool InUse;
    public bool Referenced;
}
