namespace Bot.Sandbox.Rest;

/// <summary>A set of related routes and their handlers (handlers run under the world lock).</summary>
internal interface IRouteGroup
{
    IEnumerable<(RouteSpec Spec, Func<RestRequest, RestResult> Handler)> Routes();
}
