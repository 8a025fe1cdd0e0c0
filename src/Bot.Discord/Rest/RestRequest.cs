namespace Bot.Discord.Rest;

/// <summary>One REST call: its route key, its concrete path and query, and a JSON body kept as bytes so retries can resend it.</summary>
internal sealed record RestRequest(RouteKey Route, string Path, byte[]? JsonBody = null, string? AuditReason = null);
