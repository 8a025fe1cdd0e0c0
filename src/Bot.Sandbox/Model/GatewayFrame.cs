namespace Bot.Sandbox.Model;

/// <summary>A command a client sent on the gateway (Identify, Heartbeat, Resume...), as raw JSON.</summary>
public sealed record GatewayFrame(int Op, string Json, DateTimeOffset ReceivedAt);
