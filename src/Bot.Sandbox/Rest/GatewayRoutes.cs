using System.Text.Json.Nodes;
using Bot.Sandbox.Gateway;

namespace Bot.Sandbox.Rest;

/// <summary><c>GET /gateway</c> and <c>GET /gateway/bot</c> (docs: events/gateway#get-gateway-bot).</summary>
internal sealed class GatewayRoutes(GatewayHub hub, Func<string> gatewayUrl) : IRouteGroup
{
    public IEnumerable<(RouteSpec Spec, Func<RestRequest, RestResult> Handler)> Routes()
    {
        yield return (new RouteSpec("GET", "/gateway", SandboxBuckets.Gateway, [], RequiresAuth: false), _ => RestResult.Ok(new JsonObject { ["url"] = gatewayUrl() }));
        yield return (new RouteSpec("GET", "/gateway/bot", SandboxBuckets.Gateway, []), GetGatewayBot);
    }

    private RestResult GetGatewayBot(RestRequest request) => RestResult.Ok(new JsonObject
    {
        ["url"] = gatewayUrl(),
        ["shards"] = request.World.Options.RecommendedShards,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = request.World.Options.SessionStartLimit,
            ["remaining"] = hub.IdentifiesLeft,
            ["reset_after"] = 86_400_000,
            ["max_concurrency"] = request.World.Options.MaxConcurrency,
        },
    });
}
