using DigitalWorkplace.Web.Components;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Web.Endpoints;

/// <summary>
/// A stale or mistyped link opened in a browser gets the app's own "page not found" (in the reader's language, with
/// the navigation) instead of problem+JSON; API, hub and asset paths keep their plain 404.
/// </summary>
internal static class NotFoundFallback
{
    private static readonly string[] MachinePrefixes = ["/api", "/hubs", "/_framework", "/_content", "/connect", "/.well-known", "/health"];

    public static IEndpointRouteBuilder MapNotFoundFallback(this IEndpointRouteBuilder app)
    {
        app.MapFallback(Render).ExcludeFromDescription();
        return app;
    }

    private static IResult Render(HttpContext context)
    {
        var path = context.Request.Path;
        if (!HttpMethods.IsGet(context.Request.Method)
            || MachinePrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.NotFound();
        }

        // The router finds no page for this path and renders its NotFoundPage inside the full document.
        return new RazorComponentResult<App> { StatusCode = StatusCodes.Status404NotFound };
    }
}
