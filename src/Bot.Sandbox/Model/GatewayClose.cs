namespace Bot.Sandbox.Model;

/// <summary>A gateway close: who closed (<see cref="ByClient"/>) and with which code. Drops without a close frame are not listed.</summary>
public sealed record GatewayClose(bool ByClient, int Code, DateTimeOffset At);
