using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Features.AddMember;
using DigitalWorkplace.Communities.Features.CreateCommunity;
using DigitalWorkplace.Communities.Features.GetCommunity;
using DigitalWorkplace.Communities.Features.JoinCommunity;
using DigitalWorkplace.Communities.Features.LeaveCommunity;
using DigitalWorkplace.Communities.Features.ListCommunities;
using DigitalWorkplace.Communities.IntegrationEventHandlers;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.Communities;

/// <summary>The Communities module's only public surface.</summary>
public static class CommunitiesModule
{
    public static IServiceCollection AddCommunitiesModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<CommunitiesDbContext, SqliteCommunitiesDbContext, PostgresCommunitiesDbContext>(database);
        services.TryAddSingleton<CommunityCache>();
        services.TryAddScoped<CommunityPolicy>();
        services.TryAddScoped<ICommunityAccess>(sp => sp.GetRequiredService<CommunityPolicy>());
        services.TryAddScoped<ICommunitiesService, CommunitiesService>();
        services.TryAddScoped<ICommunityEvents, CommunityEventsService>();
        services.TryAddScoped<Events.EventAccess>();
        services.TryAddScoped<Events.EventViews>();
        services.TryAddScoped<Events.EventAnswers>();
        services.TryAddScoped<Help.HelpAccess>();
        services.TryAddScoped<Help.HelpViews>();
        services.TryAddScoped<IHelpDesk, Help.HelpDesk>();
        services.AddOptions<Events.EventsOptions>().Bind(configuration.GetSection(Events.EventsOptions.Section));
        services.AddHostedService<Events.EventReminders>();
        services.TryAddScoped<ICommunityDirectory, CommunityDirectory>();
        services.TryAddScoped<ICommunitiesIndexSource, CommunitiesIndexSource>();
        services.AddIntegrationEventHandler<GuestScopeChangedIntegrationEvent, KeepGuestMemberships>();
        services.TryAddScoped<AudienceMemberships>();
        services.AddIntegrationEventHandler<AudienceMembershipChangedIntegrationEvent, KeepAudienceMemberships>();
        services.AddScoped<BuildingBlocks.Privacy.IPersonalDataSource, Privacy.CommunitiesPersonalData>();
        services.AddIntegrationEventHandler<PersonErasedIntegrationEvent, Privacy.ErasePersonFromCommunities>();
        return services;
    }

    public static void MapCommunitiesEndpoints(this ModuleEndpoints endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var communities = endpoints.Api.MapGroup("/communities").WithTags("Communities");
        ListCommunitiesEndpoint.Map(communities);
        CreateCommunityEndpoint.Map(communities);
        GetCommunityEndpoint.Map(communities);
        JoinCommunityEndpoint.Map(communities);
        Features.RequestToJoin.RequestToJoinEndpoint.Map(communities);
        Features.ListJoinRequests.ListJoinRequestsEndpoint.Map(communities);
        Features.DecideJoinRequest.DecideJoinRequestEndpoint.Map(communities);
        AddMemberEndpoint.Map(communities);
        LeaveCommunityEndpoint.Map(communities);
        Features.ListMembers.ListMembersEndpoint.Map(communities);
        Features.ChangeMemberRole.ChangeMemberRoleEndpoint.Map(communities);
        Features.RemoveMember.RemoveMemberEndpoint.Map(communities);
        Features.TransferOwnership.TransferOwnershipEndpoint.Map(communities);
        Features.MuteMember.MuteMemberEndpoint.Map(communities);
        Features.BanMember.BanMemberEndpoint.Map(communities);
        Features.UnbanMember.UnbanMemberEndpoint.Map(communities);
        Features.ListBans.ListBansEndpoint.Map(communities);
        Features.GetPublishingRules.GetPublishingRulesEndpoint.Map(communities);
        Features.SetPublishingRules.SetPublishingRulesEndpoint.Map(communities);
        Features.UpdateCommunity.UpdateCommunityEndpoint.Map(communities);
        Features.ArchiveCommunity.ArchiveCommunityEndpoint.Map(communities);
        Features.SetCover.SetCoverEndpoint.Map(communities);
        Features.GetCover.GetCoverEndpoint.Map(communities);
        Features.SetCommunityAudiences.SetCommunityAudiencesEndpoint.Map(communities);
        Features.ListCommunityAudiences.ListCommunityAudiencesEndpoint.Map(communities);
        Features.InviteMember.InviteMemberEndpoint.Map(communities);
        Features.AnswerInvitation.AnswerInvitationEndpoint.Map(communities);
        Features.SetCharter.SetCharterEndpoint.Map(communities);
        Features.AcceptCharter.AcceptCharterEndpoint.Map(communities);
        Features.PlanEvent.PlanEventEndpoint.Map(communities);
        Features.ListCommunityEvents.ListCommunityEventsEndpoint.Map(communities);
        Features.ListMyEvents.ListMyEventsEndpoint.Map(endpoints.Api);
        Features.SuggestCommunities.SuggestCommunitiesEndpoint.Map(endpoints.Api);
        Features.GetEvent.GetEventEndpoint.Map(endpoints.Api);
        Features.RespondToEvent.RespondToEventEndpoint.Map(endpoints.Api);
        Features.ListAttendees.ListAttendeesEndpoint.Map(endpoints.Api);
        Features.ExportEventCalendar.ExportEventCalendarEndpoint.Map(endpoints.Api);
        Features.CreateCalendarFeed.CreateCalendarFeedEndpoint.Map(endpoints.Api);
        Features.GetCalendarFeed.GetCalendarFeedEndpoint.Map(endpoints.Api);
        Features.RevokeCalendarFeed.RevokeCalendarFeedEndpoint.Map(endpoints.Api);
        Events.CalendarFeedDownload.Map(endpoints.Root);
        var help = endpoints.Api.MapGroup("/help").WithTags("Help");
        Features.AskForHelp.AskForHelpEndpoint.Map(help);
        Features.ListMyHelpRequests.ListMyHelpRequestsEndpoint.Map(help);
        Features.ListHelpQueue.ListHelpQueueEndpoint.Map(help);
        Features.GetHelpRequest.GetHelpRequestEndpoint.Map(help);
        Features.ReplyToHelpRequest.ReplyToHelpRequestEndpoint.Map(help);
        Features.SetHelpRequestStatus.SetHelpRequestStatusEndpoint.Map(help);
        Features.GetHelpScreenshot.GetHelpScreenshotEndpoint.Map(help);
    }
}
