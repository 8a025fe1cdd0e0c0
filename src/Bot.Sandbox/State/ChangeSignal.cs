namespace Bot.Sandbox.State;

/// <summary>A task completed on every state change; waiters re-check their condition instead of polling.</summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _current = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The task the next change completes; read it before checking the condition so no change is missed.</summary>
    public Task Next => Volatile.Read(ref _current).Task;

    public void Raise() => Interlocked.Exchange(ref _current, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
