namespace Bot.Moderation.Actions;

/// <summary>Member actions whose gateway echo must not open a second case.</summary>
public enum SelfActionKind
{
    Timeout,
    RemoveTimeout,
    Kick,
    Ban,
}
