using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Launcher;

/// <summary>The Launcher module's only public surface.</summary>
public static class LauncherModule
{
    public static IServiceCollection AddLauncherModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database) => services;

    /// <summary>Maps the module's API under the group the host gives (<c>/api/v1</c>).</summary>
    public static IEndpointRouteBuilder MapLauncherEndpoints(this IEndpointRouteBuilder api) => api;

    /// <summary>The OpenID Connect provider's endpoints (<c>/connect/*</c>) and tile launches (<c>/apps/{id}/launch</c>).</summary>
    public static IEndpointRouteBuilder MapOpenIdConnectEndpoints(this IEndpointRouteBuilder root) => root;
}
