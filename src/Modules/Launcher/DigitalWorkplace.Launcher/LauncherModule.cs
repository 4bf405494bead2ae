using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Features.LaunchApp;
using DigitalWorkplace.Launcher.IntegrationEventHandlers;
using DigitalWorkplace.Launcher.Features.ListMyTiles;
using DigitalWorkplace.Launcher.Features.RegisterApp;
using DigitalWorkplace.Launcher.OpenIdConnect;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.Launcher;

/// <summary>The Launcher module's only public surface.</summary>
public static class LauncherModule
{
    public static IServiceCollection AddLauncherModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<LauncherDbContext, SqliteLauncherDbContext, PostgresLauncherDbContext>(database);
        services.AddOpenIdConnectServer(configuration);
        services.TryAddScoped<AppAccessPolicy>();
        services.TryAddScoped<IAppDirectory, AppDirectory>();
        services.TryAddScoped<LauncherService>();
        services.TryAddScoped<ILauncherService>(sp => sp.GetRequiredService<LauncherService>());
        services.TryAddScoped<ILauncherAdministration>(sp => sp.GetRequiredService<LauncherService>());
        services.TryAddScoped<ManagedApps>();
        services.AddIntegrationEventHandler<PersonAccessEndedIntegrationEvent, RevokeEndedPersonTokens>();
        services.AddScoped<BuildingBlocks.Privacy.IPersonalDataSource, Privacy.LauncherPersonalData>();
        services.AddIntegrationEventHandler<PersonErasedIntegrationEvent, Privacy.ErasePersonFromLauncher>();
        return services;
    }

    /// <summary>
    /// <c>/api/v1/apps</c>; at the root, the OpenID Connect provider's endpoints (<c>/connect/*</c>) and tile launches
    /// (<c>/apps/{id}/launch</c>), which browsers follow.
    /// </summary>
    public static void MapLauncherEndpoints(this ModuleEndpoints endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var apps = endpoints.Api.MapGroup("/apps").WithTags("Launcher");
        ListMyTilesEndpoint.Map(apps);
        RegisterAppEndpoint.Map(apps);
        Features.PinApps.PinAppsEndpoint.Map(apps);
        Features.ListManagedApps.ListManagedAppsEndpoint.Map(apps);
        Features.GetManagedApp.GetManagedAppEndpoint.Map(apps);
        Features.UpdateApp.UpdateAppEndpoint.Map(apps);
        Features.SetAppEnabled.SetAppEnabledEndpoint.Map(apps);
        Features.DeleteApp.DeleteAppEndpoint.Map(apps);
        Features.ConfigureClient.ConfigureClientEndpoint.Map(apps);
        Features.IssueClientSecret.IssueClientSecretEndpoint.Map(apps);

        OpenIdConnectEndpoints.Map(endpoints.Root);
        LaunchAppEndpoint.Map(endpoints.Root);
    }
}
