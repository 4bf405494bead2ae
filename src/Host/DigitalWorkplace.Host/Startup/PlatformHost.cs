using DigitalWorkplace.Identity;
using DigitalWorkplace.BuildingBlocks;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Web;
using Microsoft.AspNetCore.HttpOverrides;

namespace DigitalWorkplace.Host.Startup;

/// <summary>The composition root: wires the modules together and owns the route prefixes. Nothing else lives here.</summary>
internal static class PlatformHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddStructuredLogging();

        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // Relative to the working directory; `dotnet run` (launchSettings.json) points it at the repository's ./data.
        database.DataDirectory = Path.GetFullPath(database.DataDirectory);
        builder.Services.AddSingleton(database);

        var services = builder.Services;
        // First hosted service: migrations and the demo seed finish before the outbox dispatchers start.
        services.AddHostedService<Preparation>();
        services.AddBuildingBlocks(builder.Configuration);
        services.AddModules(builder.Configuration, database);
        services.AddWebUi();

        services.AddPlatformDataProtection(builder.Configuration, database);
        services.AddPlatformProblemDetails();
        services.AddPlatformRateLimits(builder.Configuration);
        services.AddOpenApi();
        services.AddPlatformHealthChecks();
        services.AddScoped<Demo.DemoSeeder>();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Behind the TLS proxy: the client's address (sign-in throttling, rate limits) and scheme (cookies, origins).
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var network in builder.Configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        app.UseWebUi();
        app.UseAuthentication();
        app.UseIdentityModule();
        // After authentication, so that each person has their own budget; before authorization, so floods stop early.
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapModules();
        app.MapHealthEndpoints();
        app.MapOpenApi();
        app.MapWebUi();
        return app;
    }
}
