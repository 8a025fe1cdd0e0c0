namespace Bot.Scoring.Repetition;

/// <summary>One tracked user in the <see cref="UserTable"/>'s open-addressing index: who, when last seen by the clock, and where their history ring is and stands.</summary>
/// <remarks>32 bytes, two to a cache line: everything a message needs besides the history itself is in the one line the lookup reads.</remarks>
internal struct UserSlot
{
    public UserKey Key;
    public long LastSeenTicks;

    /// <summary>The user's history ring plus one; 0 marks an empty slot.</summary>
    public int RingPlusOne;

    public byte Head;
    public byte Count;
    public bool Referenced;

    public readonly bool InUse => RingPlusOne != 0;

    public readonly int Ring => RingPlusOne - 1;
}
