using DigitalWorkplace.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.Web.Endpoints;

/// <summary>The language switch: a plain link, so it works without JavaScript and from any page.</summary>
internal static class CultureEndpoint
{
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture", SetCulture).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static RedirectHttpResult SetCulture(HttpContext context, TimeProvider clock, string? c, string? returnUrl)
    {
        Remember(context, c, clock);
        return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }

    /// <summary>Makes a supported language ("fr", "en") the site's for this browser; anything else is ignored.</summary>
    public static void Remember(HttpContext context, string? language, TimeProvider clock)
    {
        var culture = WebUi.SupportedCultures.FirstOrDefault(s => string.Equals(s.Name, language, StringComparison.OrdinalIgnoreCase));
        if (culture is not null)
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    Expires = clock.GetUtcNow().AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    Secure = context.Request.IsHttps,
                    SameSite = SameSiteMode.Lax,
                    Path = "/",
                });
        }
    }
}
