using System.Reflection;
using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Communities;
using DigitalWorkplace.Feeds;
using DigitalWorkplace.Identity;
using DigitalWorkplace.Launcher;
using DigitalWorkplace.Live;
using DigitalWorkplace.Onboarding;
using DigitalWorkplace.Search;
using Mediator;

namespace DigitalWorkplace.Host.Startup;

/// <summary>A module as the host sees it: its public surface, how it registers its services and maps its endpoints.</summary>
internal sealed record PlatformModule(
    Type Surface,
    Func<IServiceCollection, IConfiguration, DatabaseOptions, IServiceCollection> Add,
    Action<ModuleEndpoints> Map)
{
    public string Name => Surface.Name[..^"Module".Length];

    public Assembly Assembly => Surface.Assembly;
}

/// <summary>
/// The one list of modules. The host adds, maps and authorizes them from here; the architecture tests read it too.
/// </summary>
internal static class ModuleCatalog
{
    public static readonly IReadOnlyList<PlatformModule> All =
    [
        new(typeof(IdentityModule), IdentityModule.AddIdentityModule, IdentityModule.MapIdentityEndpoints),
        new(typeof(CommunitiesModule), CommunitiesModule.AddCommunitiesModule, CommunitiesModule.MapCommunitiesEndpoints),
        new(typeof(FeedsModule), FeedsModule.AddFeedsModule, FeedsModule.MapFeedsEndpoints),
        new(typeof(OnboardingModule), OnboardingModule.AddOnboardingModule, OnboardingModule.MapOnboardingEndpoints),
        new(typeof(LauncherModule), LauncherModule.AddLauncherModule, LauncherModule.MapLauncherEndpoints),
        new(typeof(SearchModule), SearchModule.AddSearchModule, SearchModule.MapSearchEndpoints),
        new(typeof(LiveModule), LiveModule.AddLiveModule, LiveModule.MapLiveEndpoints),
    ];

    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.GenerateTypesAsInternal = true;
            // The source generator reads this list at compile time, so it cannot be computed from All;
            // ModuleCatalogTests fails when the two differ.
            options.Assemblies =
            [
                typeof(IdentityModule), typeof(CommunitiesModule), typeof(FeedsModule), typeof(OnboardingModule),
                typeof(LauncherModule), typeof(SearchModule), typeof(LiveModule),
            ];
            // Outermost first: log, then refuse the unauthorized (401/403/404), then reject bad input (400).
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(ValidationBehavior<,>)];
        });

        foreach (var module in All)
        {
            module.Add(services, configuration, database);
            services.AddAuthorizers(module.Assembly);
        }

        return services;
    }

    /// <summary>
    /// Every module's endpoints. The API group needs a signed-in caller, so an anonymous request is answered 401 by
    /// the authorization middleware before its body is read; writes authenticated by cookie also need an antiforgery token.
    /// </summary>
    public static void MapModules(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization()
            .AddEndpointFilter<CookieApiAntiforgery>()
            .WithMetadata(ApiResult.Describe(BuildingBlocks.Results.ErrorKind.Unauthorized))
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        foreach (var module in All)
        {
            module.Map(new ModuleEndpoints(api, app));
        }
    }
}
