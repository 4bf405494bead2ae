using System.Globalization;
using DigitalWorkplace.Web.Components;
using DigitalWorkplace.Web.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Web;

/// <summary>The web UI's only public surface: server-rendered Razor components composed from the modules' contracts.</summary>
public static class WebUi
{
    internal static readonly CultureInfo[] SupportedCultures = [new("en"), new("fr")];

    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        // Static server rendering only: pages are plain HTML forms and links, enhanced by blazor.web.js when it loads.
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddLocalization();
        services.AddScoped<CspNonce>();
        // The e-mail digest is worded with the notification centre's words.
        services.AddSingleton<Live.Contracts.IDigestWriter, Mail.NotificationDigestWriter>();
        return services;
    }

    /// <summary>The UI's request pipeline: its Content-Security-Policy, then French or English.</summary>
    public static IApplicationBuilder UseWebUi(this IApplicationBuilder app)
    {
        app.UseContentSecurityPolicy();
        return app.UseWebUiLocalization();
    }

    /// <summary>French and English, chosen by the language switch's cookie, else the browser.</summary>
    private static IApplicationBuilder UseWebUiLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = SupportedCultures,
            SupportedUICultures = SupportedCultures,
            // "fr-CA" in Accept-Language still means French.
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return app.UseRequestLocalization(options);
    }

    /// <summary>Maps the static assets, the UI's own small endpoints and the pages; the host calls it last.</summary>
    public static IEndpointRouteBuilder MapWebUi(this IEndpointRouteBuilder app)
    {
        // The build writes the host's static asset manifest next to it; a host started some other way (a test
        // factory with its own output folder) still gets its pages, only without styles and scripts.
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{app.ServiceProvider.GetRequiredService<IWebHostEnvironment>().ApplicationName}.staticwebassets.endpoints.json");
        if (File.Exists(manifest))
        {
            app.MapStaticAssets();
        }

        app.MapCultureEndpoint();
        app.MapReactionEndpoint();
        app.MapPollVoteEndpoint();
        app.MapRazorComponents<App>();
        app.MapNotFoundFallback();
        return app;
    }
}
