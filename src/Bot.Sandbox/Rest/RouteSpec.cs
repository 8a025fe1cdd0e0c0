namespace Bot.Sandbox.Rest;

/// <summary>
/// A REST route: method and template (as in Discord's OpenAPI document), its bucket, the route parameter(s) that
/// make the major resource, whether it needs the bot token, and whether it is exempt from the global limit.
/// </summary>
internal sealed record RouteSpec(string Method, string Template, string Bucket, string[] MajorParameters, bool RequiresAuth = true, bool GlobalExempt = false)
{
    /// <summary>The key tests use for faults and that <see cref="Model.RecordedRequest.Route"/> shows.</summary>
    public string Key => Method + " " + Template;
}
