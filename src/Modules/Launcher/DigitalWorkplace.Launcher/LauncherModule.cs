using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.Launcher.Features;
using DigitalWorkplace.Launcher.Features.LaunchApp;
using DigitalWorkplace.Launcher.Features.RegisterApp;
using DigitalWorkplace.Launcher.OpenIdConnect;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.Launcher;

/// <summary>The Launcher module's only public surface.</summary>
public static class LauncherModule
{
    public static IServiceCollection AddLauncherModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<LauncherDbContext, SqliteLauncherDbContext, PostgresLauncherDbContext>(database, LauncherDbContext.SchemaName);
        services.AddOpenIdConnectServer(configuration);
        services.TryAddScoped<AppAccessPolicy>();
        services.TryAddScoped<ILauncherService, LauncherService>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<RegisterApp>, RegisterAppAuthorizer>());
        return services;
    }

    /// <summary>Maps the module's API under the group the host gives (<c>/api/v1</c>).</summary>
    public static IEndpointRouteBuilder MapLauncherEndpoints(this IEndpointRouteBuilder api)
    {
        LauncherApiEndpoints.Map(api);
        return api;
    }

    /// <summary>The OpenID Connect provider's endpoints (<c>/connect/*</c>) and tile launches (<c>/apps/{id}/launch</c>).</summary>
    public static IEndpointRouteBuilder MapOpenIdConnectEndpoints(this IEndpointRouteBuilder root)
    {
        OpenIdConnectEndpoints.Map(root);
        LaunchAppEndpoint.Map(root);
        return root;
    }
}
