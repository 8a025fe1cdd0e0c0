namespace Bot.Sandbox.State;

/// <summary>One changed key of an audit-log entry.</summary>
internal sealed record AuditChange(string Key, System.Text.Json.Nodes.JsonNode? OldValue, System.Text.Json.Nodes.JsonNode? NewValue);
