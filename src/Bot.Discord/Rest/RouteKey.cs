namespace Bot.Discord.Rest;

/// <summary>
/// A rate-limit identity: method, route template and major parameter (channel id, guild id, or webhook id + token).
/// Discord buckets are per route template and per top-level resource (docs: topics/rate-limits).
/// </summary>
internal readonly record struct RouteKey(HttpMethod Method, string Template, string Major)
{
    /// <summary>The route without its major id, e.g. <c>DELETE channels/{channel_id}/messages/{message_id}</c>.</summary>
    public string RouteId => string.Concat(Method.Method, " ", Template);

    /// <summary>Interaction callbacks and interaction webhooks are exempt from the 50/s global limit (docs: topics/rate-limits#global-rate-limit).</summary>
    public bool IsInteraction => Template.StartsWith("interactions/", StringComparison.Ordinal)
        || Template.StartsWith("webhooks/", StringComparison.Ordinal);

    public override string ToString() => RouteId;
}
