using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Search;

/// <summary>The Search module's only public surface.</summary>
public static class SearchModule
{
    public static IServiceCollection AddSearchModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database) => services;

    /// <summary>Maps the module's API under the group the host gives (<c>/api/v1</c>).</summary>
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder api) => api;
}
