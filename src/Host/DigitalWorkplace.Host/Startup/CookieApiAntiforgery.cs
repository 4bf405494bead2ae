using DigitalWorkplace.BuildingBlocks.Http;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Net.Http.Headers;

namespace DigitalWorkplace.Host.Startup;

/// <summary>
/// The API accepts the browser's cookie as well as bearer tokens. A cookie travels with any cross-site form
/// post, so a state-changing API request authenticated by cookie must also carry an antiforgery token
/// (header <c>RequestVerificationToken</c>); bearer tokens are never sent by a browser on its own.
/// </summary>
internal sealed class CookieApiAntiforgery(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string Code = "auth.antiforgery_required";

    /// <summary>GET, HEAD and OPTIONS read; every other method may change something.</summary>
    public static bool ChangesState(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var changesState = ChangesState(http.Request);
        var byCookie = http.User.Identity?.IsAuthenticated == true
            && !http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (changesState && byCookie && !await antiforgery.IsRequestValidAsync(http))
        {
            return ProblemResults.Problem(
                StatusCodes.Status400BadRequest, Code, "A request signed in by the browser's cookie needs an antiforgery token; scripts and apps use a bearer token.");
        }

        return await next(context);
    }
}
