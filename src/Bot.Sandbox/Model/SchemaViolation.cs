namespace Bot.Sandbox.Model;

/// <summary>A request body that does not match Discord's OpenAPI schema: route, JSON path and what is wrong.</summary>
public sealed record SchemaViolation(string Route, string JsonPath, string Problem);
