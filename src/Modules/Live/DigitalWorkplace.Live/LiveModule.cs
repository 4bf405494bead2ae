using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Live.Broadcasting;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Features.ListNotifications;
using DigitalWorkplace.Live.Features.MarkNotificationsRead;
using DigitalWorkplace.Live.Hubs;
using DigitalWorkplace.Live.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace DigitalWorkplace.Live;

/// <summary>The Live module's only public surface.</summary>
public static class LiveModule
{
    public static IServiceCollection AddLiveModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var options = configuration.GetSection(LiveOptions.Section).Get<LiveOptions>() ?? new LiveOptions();
        services.AddSingleton(options);
        var signalR = services.AddSignalR(hub => hub.MaximumReceiveMessageSize = options.MaximumReceiveMessageSize);
        // The top-level Redis connection string, shared with cache invalidation: several nodes fan out through it.
        if (configuration["Redis"] is { Length: > 0 } redisConfiguration)
        {
            signalR.AddStackExchangeRedis(redisConfiguration, redis => redis.Configuration.ChannelPrefix = RedisChannel.Literal("dw-live"));
        }

        services.AddModuleDbContext<LiveDbContext, SqliteLiveDbContext, PostgresLiveDbContext>(database);
        services.TryAddSingleton<LiveConnections>();
        services.AddHostedService<LiveConnectionGuard>();
        services.TryAddScoped<CommunitySubscriptions>();
        services.TryAddScoped<INotificationsService, NotificationsService>();
        services.TryAddScoped<Digests.DigestAvailability>();
        services.TryAddSingleton<Digests.EmailDigest>();
        services.AddHostedService(sp => sp.GetRequiredService<Digests.EmailDigest>());
        services.AddScoped<BuildingBlocks.Privacy.IPersonalDataSource, Privacy.LivePersonalData>();
        services.AddIntegrationEventHandler<JoinRequestedIntegrationEvent, Notifications.NotifyManagersOfJoinRequest>();
        services.AddIntegrationEventHandler<JoinRequestDecidedIntegrationEvent, Notifications.NotifyRequesterOfDecision>();
        services.AddIntegrationEventHandler<Identity.Contracts.PersonErasedIntegrationEvent, Privacy.ErasePersonFromLive>();
        services.AddIntegrationEventHandler<ContentModeratedIntegrationEvent, Notifications.NotifyOfModeration>();
        services.AddIntegrationEventHandler<EventReminderDueIntegrationEvent, Notifications.NotifyOfEventReminder>();
        services.AddIntegrationEventHandler<EventSpotGivenIntegrationEvent, Notifications.NotifyOfEventSpot>();
        services.AddIntegrationEventHandler<HelpRequestUpdatedIntegrationEvent, Notifications.NotifyOfHelp>();
        services.AddIntegrationEventHandler<MemberInvitedIntegrationEvent, Notifications.NotifyOfInvitation>();
        services.AddIntegrationEventHandler<AnnouncementDeliveredIntegrationEvent, Notifications.NotifyOfAnnouncement>();
        services.AddIntegrationEventHandler<Onboarding.Contracts.OnboardingSignOffDecidedIntegrationEvent, Notifications.NotifyOfSignOff>();
        services.AddIntegrationEventHandler<Onboarding.Contracts.OnboardingDueSoonIntegrationEvent, Notifications.NotifyOfOnboardingReminder>();
        services.AddIntegrationEventHandler<Onboarding.Contracts.OnboardingOverdueIntegrationEvent, Notifications.NotifyOfOnboardingReminder>();
        services.AddIntegrationEventHandler<Onboarding.Contracts.OnboardingRefresherDueIntegrationEvent, Notifications.NotifyOfOnboardingReminder>();

        services.AddIntegrationEventHandler<PostPublishedIntegrationEvent, BroadcastPublishedPost>();
        services.AddIntegrationEventHandler<CommentAddedIntegrationEvent, BroadcastAddedComment>();
        services.AddIntegrationEventHandler<ReactionAddedIntegrationEvent, BroadcastAddedReaction>();
        services.AddIntegrationEventHandler<ReactionRemovedIntegrationEvent, BroadcastRemovedReaction>();
        services.AddIntegrationEventHandler<PollVotedIntegrationEvent, BroadcastPollVotes>();
        services.AddIntegrationEventHandler<CommentAddedIntegrationEvent, NotifyPostAuthorOfComment>();
        services.AddIntegrationEventHandler<PostPublishedIntegrationEvent, NotifyRecognised>();
        services.AddIntegrationEventHandler<PostPublishedIntegrationEvent, NotifyMentionedInPost>();
        services.AddIntegrationEventHandler<CommentAddedIntegrationEvent, NotifyMentionedInComment>();
        services.AddIntegrationEventHandler<CommentAddedIntegrationEvent, NotifyOfReply>();
        services.AddIntegrationEventHandler<ReactionAddedIntegrationEvent, NotifyOfReactions>();
        services.AddIntegrationEventHandler<MemberJoinedIntegrationEvent, MembershipChanged>();
        services.AddIntegrationEventHandler<MemberLeftIntegrationEvent, MembershipChanged>();
        return services;
    }

    /// <summary><c>/api/v1/notifications</c>, and at the root the SignalR hub (<c>LiveHub.Path</c>).</summary>
    public static void MapLiveEndpoints(this ModuleEndpoints endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var notifications = endpoints.Api.MapGroup("/notifications").WithTags("Notifications");
        ListNotificationsEndpoint.Map(notifications);
        MarkNotificationsReadEndpoint.Map(notifications);
        Features.GetNotificationPreferences.GetNotificationPreferencesEndpoint.Map(notifications);
        Features.SetNotificationPreferences.SetNotificationPreferencesEndpoint.Map(notifications);

        var options = endpoints.Root.ServiceProvider.GetRequiredService<LiveOptions>();
        endpoints.Root.MapHub<LiveEventsHub>(LiveHub.Path).RequireAllowedOrigin(options.AllowedOrigins);
    }
}
