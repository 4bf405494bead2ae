using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Features;
using DigitalWorkplace.Onboarding.Features.CompleteContentStep;
using DigitalWorkplace.Onboarding.Features.CreateTrack;
using DigitalWorkplace.Onboarding.Features.GetTrack;
using DigitalWorkplace.Onboarding.Features.SubmitQuiz;
using DigitalWorkplace.Onboarding.IntegrationEventHandlers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.Onboarding;

/// <summary>The Onboarding module's only public surface.</summary>
public static class OnboardingModule
{
    public static IServiceCollection AddOnboardingModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<OnboardingDbContext, SqliteOnboardingDbContext, PostgresOnboardingDbContext>(database, OnboardingDbContext.SchemaName);
        services.TryAddScoped<TrackAccessPolicy>();
        services.TryAddScoped<OnboardingService>();
        services.TryAddScoped<IOnboardingService>(sp => sp.GetRequiredService<OnboardingService>());
        services.TryAddScoped<IOnboardingAdministration>(sp => sp.GetRequiredService<OnboardingService>());

        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<CreateTrack>, CreateTrackAuthorizer>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<GetTrack>, TrackRequestAuthorizer<GetTrack>>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<CompleteContentStep>, TrackRequestAuthorizer<CompleteContentStep>>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<SubmitQuiz>, TrackRequestAuthorizer<SubmitQuiz>>());

        services.AddIntegrationEventHandler<PersonRegisteredIntegrationEvent, AssignTracksToNewcomer>();
        return services;
    }

    /// <summary>Maps the module's API under the group the host gives (<c>/api/v1</c>).</summary>
    public static IEndpointRouteBuilder MapOnboardingEndpoints(this IEndpointRouteBuilder api)
    {
        var onboarding = api.MapGroup("/onboarding").WithTags("Onboarding");
        FollowTrackEndpoints.Map(onboarding);
        CreateTrackEndpoint.Map(onboarding);
        return api;
    }
}
