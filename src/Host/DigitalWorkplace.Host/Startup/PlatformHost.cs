using DigitalWorkplace.BuildingBlocks;
using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Communities;
using DigitalWorkplace.Feeds;
using DigitalWorkplace.Identity;
using DigitalWorkplace.Launcher;
using DigitalWorkplace.Live;
using DigitalWorkplace.Onboarding;
using DigitalWorkplace.Search;
using DigitalWorkplace.Web;
using Mediator;

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
        var configuration = builder.Configuration;
        // First hosted service: migrations and the demo seed finish before the outbox dispatchers start.
        services.AddHostedService<Preparation>();
        services.AddBuildingBlocks();
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.GenerateTypesAsInternal = true;
            options.Assemblies =
            [
                typeof(IdentityModule), typeof(CommunitiesModule), typeof(FeedsModule), typeof(OnboardingModule),
                typeof(LauncherModule), typeof(SearchModule), typeof(LiveModule),
            ];
            // Outermost first: log, then refuse the unauthorized (401/404), then reject bad input (400).
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(ValidationBehavior<,>)];
        });
        services
            .AddIdentityModule(configuration, database)
            .AddCommunitiesModule(configuration, database)
            .AddFeedsModule(configuration, database)
            .AddOnboardingModule(configuration, database)
            .AddLauncherModule(configuration, database)
            .AddSearchModule(configuration, database)
            .AddLiveModule(configuration, database);
        services.AddWebUi();

        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabasesHealthCheck>("databases", tags: ["ready"]);
        services.AddScoped<Demo.DemoSeeder>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        app.UseWebUiLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        var api = app.MapGroup("/api/v1").AddEndpointFilter<CookieApiAntiforgery>();
        api.MapIdentityEndpoints();
        api.MapCommunitiesEndpoints();
        api.MapFeedsEndpoints();
        api.MapOnboardingEndpoints();
        api.MapLauncherEndpoints();
        api.MapSearchEndpoints();
        api.MapLiveEndpoints();
        app.MapAccountEndpoints();
        app.MapOpenIdConnectEndpoints();
        app.MapLiveHub();
        app.MapHealthEndpoints();
        app.MapOpenApi();
        app.MapWebUi();
        return app;
    }
}
