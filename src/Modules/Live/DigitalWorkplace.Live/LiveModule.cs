using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Live;

/// <summary>The Live module's only public surface.</summary>
public static class LiveModule
{
    public static IServiceCollection AddLiveModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database) => services;

    /// <summary>Maps the module's API under the group the host gives (<c>/api/v1</c>).</summary>
    public static IEndpointRouteBuilder MapLiveEndpoints(this IEndpointRouteBuilder api) => api;

    /// <summary>The SignalR hub at <c>LiveHub.Path</c>.</summary>
    public static IEndpointRouteBuilder MapLiveHub(this IEndpointRouteBuilder root) => root;
}
