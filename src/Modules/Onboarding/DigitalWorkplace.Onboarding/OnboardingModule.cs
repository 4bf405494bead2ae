using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Features;
using DigitalWorkplace.Onboarding.Features.CompleteStep;
using DigitalWorkplace.Onboarding.Features.CreateTrack;
using DigitalWorkplace.Onboarding.Features.GetTrack;
using DigitalWorkplace.Onboarding.Features.ListMyTracks;
using DigitalWorkplace.Onboarding.Features.SubmitQuiz;
using DigitalWorkplace.Onboarding.IntegrationEventHandlers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.Onboarding;

/// <summary>The Onboarding module's only public surface.</summary>
public static class OnboardingModule
{
    public static IServiceCollection AddOnboardingModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<OnboardingDbContext, SqliteOnboardingDbContext, PostgresOnboardingDbContext>(database);
        services.TryAddScoped<TrackAccessPolicy>();
        services.TryAddScoped<IOnboardingReports, OnboardingReports>();
        services.TryAddScoped<OnboardingService>();
        services.TryAddScoped<IOnboardingService>(sp => sp.GetRequiredService<OnboardingService>());
        services.TryAddScoped<IOnboardingAdministration>(sp => sp.GetRequiredService<OnboardingService>());

        services.TryAddScoped<TrackAssignments>();
        services.AddOptions<Reminders.RemindersOptions>().Bind(configuration.GetSection(Reminders.RemindersOptions.Section));
        services.AddHostedService<Reminders.OnboardingReminders>();
        services.TryAddScoped<Authoring.TrackPublication>();
        services.TryAddScoped<Authoring.AuthoredTrackViews>();
        services.AddIntegrationEventHandler<OnboardingTrackPublishedIntegrationEvent, CompleteTrackPublication>();
        services.TryAddScoped<ICertificateVerification, Certificates.CertificateVerification>();
        services.TryAddScoped<SignOffs.SignOffViews>();
        services.AddIntegrationEventHandler<AudienceMembershipChangedIntegrationEvent, AssignTracksToAudienceMember>();
        services.AddIntegrationEventHandler<Communities.Contracts.MemberJoinedIntegrationEvent, CompleteJoinCommunitySteps>();
        services.AddScoped<BuildingBlocks.Privacy.IPersonalDataSource, Privacy.OnboardingPersonalData>();
        services.AddIntegrationEventHandler<PersonErasedIntegrationEvent, Privacy.ErasePersonFromOnboarding>();
        return services;
    }

    public static void MapOnboardingEndpoints(this ModuleEndpoints endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var onboarding = endpoints.Api.MapGroup("/onboarding").WithTags("Onboarding");
        ListMyTracksEndpoint.Map(onboarding);
        GetTrackEndpoint.Map(onboarding);
        CompleteStepEndpoint.Map(onboarding);
        SubmitQuizEndpoint.Map(onboarding);
        CreateTrackEndpoint.Map(onboarding);
        Features.GetMyCertificate.GetMyCertificateEndpoint.Map(onboarding);
        Features.RequestSignOff.RequestSignOffEndpoint.Map(onboarding);
        Features.ListSignOffQueue.ListSignOffQueueEndpoint.Map(onboarding);
        Features.DecideSignOff.DecideSignOffEndpoint.Map(onboarding);
        Features.GetTrackReport.GetTrackReportEndpoint.Map(onboarding);
        var authoring = onboarding.MapGroup("/authoring");
        Features.ListAuthoredTracks.ListAuthoredTracksEndpoint.Map(authoring);
        Features.GetAuthoredTrack.GetAuthoredTrackEndpoint.Map(authoring);
        Features.SaveTrackDraft.SaveTrackDraftEndpoint.Map(authoring);
        Features.PublishTrack.PublishTrackEndpoint.Map(authoring);
        Features.AssignTrack.AssignTrackEndpoint.Map(authoring);
        Certificates.CertificateVerification.Map(endpoints.Api);
    }
}
