using Microsoft.Net.Http.Headers;

namespace DigitalWorkplace.Live.Hubs;

/// <summary>
/// Cross-site WebSocket hijacking: a page on another site can open the hub with a member's cookie, and browsers send
/// the page's <c>Origin</c> on every WebSocket handshake and every cross-origin request (SSE, long polling,
/// negotiate). So a request whose Origin is present but not allowed — another site, or "null" (a sandboxed frame, a
/// file) — is refused with 403 before SignalR sees it. A request without Origin is not from a cross-site page (native
/// and .NET clients send none), and still needs its credentials.
/// </summary>
internal static class HubOriginCheck
{
    /// <summary>Wraps every endpoint of the hub (negotiate and connect, for every transport).</summary>
    public static void RequireAllowedOrigin(this IEndpointConventionBuilder hub, IReadOnlyList<string> allowedOrigins) =>
        hub.Add(endpoint =>
        {
            var next = endpoint.RequestDelegate ?? throw new InvalidOperationException("The hub endpoint has no request delegate.");
            endpoint.RequestDelegate = context =>
            {
                if (IsAllowed(context.Request, allowedOrigins))
                {
                    return next(context);
                }

                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

    public static bool IsAllowed(HttpRequest request, IReadOnlyList<string> allowedOrigins)
    {
        var origins = request.Headers[HeaderNames.Origin];
        if (origins.Count == 0)
        {
            return true;
        }

        if (origins.Count > 1 || string.IsNullOrEmpty(origins[0]))
        {
            return false;
        }

        var origin = origins[0]!;
        // The site's own origin, as this request reached it (behind a proxy: with the forwarded scheme and host).
        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || allowedOrigins.Any(allowed => string.Equals(origin, allowed.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }
}
