using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Communities;

/// <summary>The Communities module's only public surface.</summary>
public static class CommunitiesModule
{
    public static IServiceCollection AddCommunitiesModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database) => services;

    /// <summary>Maps the module's API under the group the host gives (<c>/api/v1</c>).</summary>
    public static IEndpointRouteBuilder MapCommunitiesEndpoints(this IEndpointRouteBuilder api) => api;
}
