using DigitalWorkplace.BuildingBlocks.Messaging;
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
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.Feeds;

/// <summary>The Feeds module's only public surface.</summary>
public static class FeedsModule
{
    public static IServiceCollection AddFeedsModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<FeedsDbContext, SqliteFeedsDbContext, PostgresFeedsDbContext>(database);
        services.TryAddScoped<FeedPolicy>();
        services.TryAddSingleton<Timelines>();
        services.TryAddScoped<PostViews>();
        services.TryAddScoped<IFeedsService, FeedsService>();
        services.TryAddScoped<IFeedsIndexSource, FeedsIndexSource>();
        services.TryAddSingleton<BrandValues.BrandValueCatalog>();
        var previews = configuration.GetSection(LinkPreviews.LinkPreviewOptions.Section).Get<LinkPreviews.LinkPreviewOptions>() ?? new LinkPreviews.LinkPreviewOptions();
        services.TryAddSingleton(previews);
        // Public addresses only, checked after DNS on every connection (redirects included).
        services.AddHttpClient<LinkPreviews.LinkPreviewFetcher>(LinkPreviews.LinkPreviewFetcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => BuildingBlocks.Net.GuardedHttp.CreateHandler(BuildingBlocks.Net.PublicAddresses.IsPublic));
        services.AddIntegrationEventHandler<PostPublishedIntegrationEvent, LinkPreviews.PreviewLinkedPage>();
        services.TryAddScoped<IAttachments, Attachments.AttachmentsService>();
        services.TryAddSingleton<Scheduling.PostScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<Scheduling.PostScheduler>());
        services.TryAddSingleton<Attachments.AttachmentSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<Attachments.AttachmentSweeper>());
        services.TryAddScoped<IBrandValues, BrandValues.BrandValuesService>();
        services.TryAddScoped<Announcements.AnnouncementAccess>();
        services.TryAddScoped<Announcements.AnnouncementViews>();
        services.TryAddScoped<IAnnouncements, Announcements.AnnouncementsService>();
        services.AddIntegrationEventHandler<Identity.Contracts.AudienceMembershipChangedIntegrationEvent, Announcements.DeliverToNewAudienceMembers>();
        services.AddScoped<BuildingBlocks.Privacy.IPersonalDataSource, Privacy.FeedsPersonalData>();
        services.AddIntegrationEventHandler<Identity.Contracts.PersonErasedIntegrationEvent, Privacy.ErasePersonFromFeeds>();
        return services;
    }

    public static void MapFeedsEndpoints(this ModuleEndpoints endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var feeds = endpoints.Api.MapGroup("").WithTags("Feeds");
        GetHomeFeedEndpoint.Map(feeds);
        GetCommunityFeedEndpoint.Map(feeds);
        GetPostEndpoint.Map(feeds);
        PublishPostEndpoint.Map(feeds);
        AddCommentEndpoint.Map(feeds);
        ReactEndpoint.Map(feeds);
        RemoveReactionEndpoint.Map(feeds);
        Features.ReportContent.ReportContentEndpoint.Map(feeds);
        Features.ListReactors.ListReactorsEndpoint.Map(feeds);
        Features.ListModerationQueue.ListModerationQueueEndpoint.Map(feeds);
        Features.ModerateContent.ModerateContentEndpoint.Map(feeds);
        Features.UploadAttachment.UploadAttachmentEndpoint.Map(feeds);
        Features.VoteInPoll.VoteInPollEndpoint.Map(feeds);
        Features.EditPost.EditPostEndpoint.Map(feeds);
        Features.ListPostRevisions.ListPostRevisionsEndpoint.Map(feeds);
        Features.TranslateContent.TranslateContentEndpoint.Map(feeds);
        Features.DeletePost.DeletePostEndpoint.Map(feeds);
        Features.PinPost.PinPostEndpoint.Map(feeds);
        Features.GetPostMarkdown.GetPostMarkdownEndpoint.Map(feeds);
        Features.GetTopic.GetTopicEndpoint.Map(feeds);
        Features.SchedulePost.SchedulePostEndpoint.Map(feeds);
        Features.ListMyScheduledPosts.ListMyScheduledPostsEndpoint.Map(feeds);
        Features.CancelScheduledPost.CancelScheduledPostEndpoint.Map(feeds);
        Features.GetAttachment.GetAttachmentEndpoint.Map(feeds);
        var values = endpoints.Api.MapGroup("").WithTags("Brand values");
        Features.ListBrandValues.ListBrandValuesEndpoint.Map(values);
        Features.CreateBrandValue.CreateBrandValueEndpoint.Map(values);
        Features.UpdateBrandValue.UpdateBrandValueEndpoint.Map(values);
        Features.GetValuesWall.GetValuesWallEndpoint.Map(values);
        var announcements = endpoints.Api.MapGroup("").WithTags("Announcements");
        Features.ListAnnouncementAudiences.ListAnnouncementAudiencesEndpoint.Map(announcements);
        Features.PublishAnnouncement.PublishAnnouncementEndpoint.Map(announcements);
        Features.ListMyAnnouncements.ListMyAnnouncementsEndpoint.Map(announcements);
        Features.ListSentAnnouncements.ListSentAnnouncementsEndpoint.Map(announcements);
        Features.GetAnnouncement.GetAnnouncementEndpoint.Map(announcements);
        Features.MarkAnnouncementRead.MarkAnnouncementReadEndpoint.Map(announcements);
        Features.AcknowledgeAnnouncement.AcknowledgeAnnouncementEndpoint.Map(announcements);
        Features.GetAnnouncementReach.GetAnnouncementReachEndpoint.Map(announcements);
        Features.ListAnnouncementRecipients.ListAnnouncementRecipientsEndpoint.Map(announcements);
        Features.RemindAnnouncement.RemindAnnouncementEndpoint.Map(announcements);
    }
}
