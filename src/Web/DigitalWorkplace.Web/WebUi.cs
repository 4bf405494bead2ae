using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Web;

/// <summary>The web UI's only public surface: server-rendered Razor components composed from the modules' contracts.</summary>
public static class WebUi
{
    public static IServiceCollection AddWebUi(this IServiceCollection services) => services;

    /// <summary>French and English, chosen by the language switch's cookie, else the browser.</summary>
    public static IApplicationBuilder UseWebUiLocalization(this IApplicationBuilder app) => app;

    public static IEndpointRouteBuilder MapWebUi(this IEndpointRouteBuilder app) => app;
}
