namespace Bot.Sandbox.Model;

/// <summary>One REST request the sandbox received: route template (e.g. <c>POST /channels/{channel_id}/messages</c>), path, headers, body and the status answered.</summary>
public sealed record RecordedRequest(
    string Method,
    string Route,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    int StatusCode,
    DateTimeOffset ReceivedAt);
