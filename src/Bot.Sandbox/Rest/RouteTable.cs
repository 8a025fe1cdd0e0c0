using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Sandbox.Rest;

/// <summary>Maps every route of the REST subset under <c>/api/v10</c> through the shared pipeline.</summary>
internal static class RouteTable
{
    public const string Prefix = "/api/v10";

    public static void Map(IEndpointRouteBuilder app, RestPipeline pipeline, IEnumerable<IRouteGroup> groups)
    {
        foreach (var group in groups)
        {
            foreach (var (spec, handler) in group.Routes())
            {
                app.MapMethods(Prefix + spec.Template, [spec.Method], context => pipeline.HandleAsync(context, spec, handler));
            }
        }

        app.MapFallback(Prefix + "/{**rest}", context =>
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("{\"message\":\"404: Not Found\",\"code\":0}", context.RequestAborted);
        });
    }
}
