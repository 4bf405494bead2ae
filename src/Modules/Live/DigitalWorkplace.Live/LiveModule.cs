using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Live.Broadcasting;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Features;
using DigitalWorkplace.Live.Hubs;
using DigitalWorkplace.Live.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
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
        var signalR = services.AddSignalR();
        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            signalR.AddStackExchangeRedis(options.Redis, redis => redis.Configuration.ChannelPrefix = RedisChannel.Literal("dw-live"));
        }

        services.AddModuleDbContext<LiveDbContext, SqliteLiveDbContext, PostgresLiveDbContext>(database, "live");
        services.TryAddSingleton<LiveConnections>();
        services.TryAddScoped<CommunitySubscriptions>();
        services.TryAddScoped<INotificationsService, NotificationsService>();

        services.AddIntegrationEventHandler<PostPublishedIntegrationEvent, BroadcastPublishedPost>();
        services.AddIntegrationEventHandler<CommentAddedIntegrationEvent, BroadcastAddedComment>();
        services.AddIntegrationEventHandler<ReactionAddedIntegrationEvent, BroadcastAddedReaction>();
        services.AddIntegrationEventHandler<CommentAddedIntegrationEvent, NotifyPostAuthorOfComment>();
        services.AddIntegrationEventHandler<MemberJoinedIntegrationEvent, MembershipChanged>();
        services.AddIntegrationEventHandler<MemberLeftIntegrationEvent, MembershipChanged>();
        return services;
    }

    /// <summary>Maps the module's API under the group the host gives (<c>/api/v1</c>).</summary>
    public static IEndpointRouteBuilder MapLiveEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapNotifications();
        return api;
    }

    /// <summary>The SignalR hub at <c>LiveHub.Path</c>.</summary>
    public static IEndpointRouteBuilder MapLiveHub(this IEndpointRouteBuilder root)
    {
        root.MapHub<LiveEventsHub>(LiveHub.Path);
        return root;
    }
}
