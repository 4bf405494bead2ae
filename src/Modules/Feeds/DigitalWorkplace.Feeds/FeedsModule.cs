using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Features.AddComment;
using DigitalWorkplace.Feeds.Features.GetCommunityFeed;
using DigitalWorkplace.Feeds.Features.GetHomeFeed;
using DigitalWorkplace.Feeds.Features.GetPost;
using DigitalWorkplace.Feeds.Features.PublishPost;
using DigitalWorkplace.Feeds.Features.React;
using DigitalWorkplace.Feeds.Features.RemoveReaction;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.Feeds;

/// <summary>The Feeds module's only public surface.</summary>
public static class FeedsModule
{
    public static IServiceCollection AddFeedsModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<FeedsDbContext, SqliteFeedsDbContext, PostgresFeedsDbContext>(database, "feeds");
        services.TryAddScoped<FeedPolicy>();
        services.TryAddScoped<PostViews>();
        services.TryAddScoped<IFeedsService, FeedsService>();
        services.TryAddScoped<IFeedsIndexSource, FeedsIndexSource>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<GetCommunityFeed>, GetCommunityFeedAuthorizer>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<GetPost>, GetPostAuthorizer>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<PublishPost>, PublishPostAuthorizer>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<AddComment>, AddCommentAuthorizer>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<React>, ReactAuthorizer>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<RemoveReaction>, RemoveReactionAuthorizer>());
        return services;
    }

    /// <summary>Maps the module's API under the group the host gives (<c>/api/v1</c>).</summary>
    public static IEndpointRouteBuilder MapFeedsEndpoints(this IEndpointRouteBuilder api)
    {
        var feeds = api.MapGroup("").WithTags("Feeds");
        GetHomeFeedEndpoint.Map(feeds);
        GetCommunityFeedEndpoint.Map(feeds);
        GetPostEndpoint.Map(feeds);
        PublishPostEndpoint.Map(feeds);
        AddCommentEndpoint.Map(feeds);
        ReactEndpoint.Map(feeds);
        RemoveReactionEndpoint.Map(feeds);
        return api;
    }
}
