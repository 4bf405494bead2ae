using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Onboarding;

/// <summary>The Onboarding module's only public surface.</summary>
public static class OnboardingModule
{
    public static IServiceCollection AddOnboardingModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database) => services;

    /// <summary>Maps the module's API under the group the host gives (<c>/api/v1</c>).</summary>
    public static IEndpointRouteBuilder MapOnboardingEndpoints(this IEndpointRouteBuilder api) => api;
}
