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
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var changesState = !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method));
        var byCookie = http.User.Identity?.IsAuthenticated == true
            && !http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (changesState && byCookie && !await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Problem(
                "A request signed in by the browser's cookie needs an antiforgery token; scripts and apps use a bearer token.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["code"] = "auth.antiforgery_required" });
        }

        return await next(context);
    }
}
