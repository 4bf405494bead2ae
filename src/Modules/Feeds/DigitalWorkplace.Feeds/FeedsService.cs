using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Features.AddComment;
using DigitalWorkplace.Feeds.Features.GetCommunityFeed;
using DigitalWorkplace.Feeds.Features.GetHomeFeed;
using DigitalWorkplace.Feeds.Features.GetPost;
using DigitalWorkplace.Feeds.Features.PublishPost;
using DigitalWorkplace.Feeds.Features.React;
using DigitalWorkplace.Feeds.Features.RemoveReaction;

namespace DigitalWorkplace.Feeds;

/// <summary>The UI's way in: sends the same requests as the endpoints, so rules and checks live in one place.</summary>
internal sealed class FeedsService(ISender sender) : IFeedsService
{
    public async Task<Result<Page<PostDto>>> HomeFeedAsync(string? after, int? pageSize, CancellationToken cancellationToken) =>
        await sender.Send(new GetHomeFeed(after, pageSize), cancellationToken);

    public async Task<Result<Page<PostDto>>> CommunityFeedAsync(Guid communityId, string? after, int? pageSize, CancellationToken cancellationToken) =>
        await sender.Send(new GetCommunityFeed(communityId, after, pageSize), cancellationToken);

    public async Task<Result<PostDetailDto>> GetPostAsync(Guid postId, CancellationToken cancellationToken) =>
        await sender.Send(new GetPost(postId), cancellationToken);

    public async Task<Result<PostDto>> PublishPostAsync(
        Guid communityId, string markdown, string? idempotencyKey, CancellationToken cancellationToken, RecognitionInput? recognition = null, IReadOnlyList<Guid>? attachmentIds = null,
        PollInput? poll = null) =>
        Unwrap(await sender.Send(new PublishPost(communityId, markdown, idempotencyKey, recognition, attachmentIds, poll), cancellationToken));

    public async Task<Result<PostDto>> EditPostAsync(Guid postId, string markdown, CancellationToken cancellationToken) =>
        await sender.Send(new Features.EditPost.EditPost(postId, markdown), cancellationToken);

    public async Task<Result<IReadOnlyList<PostRevisionDto>>> RevisionsAsync(Guid postId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ListPostRevisions.ListPostRevisions(postId), cancellationToken);

    public async Task<Result<TranslationDto>> TranslateAsync(Guid postId, Guid? commentId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.TranslateContent.TranslateContent(postId, commentId, null), cancellationToken);

    public async Task<string?> MarkdownOfAsync(Guid postId, CancellationToken cancellationToken) =>
        (await sender.Send(new Features.GetPostMarkdown.GetPostMarkdown(postId), cancellationToken)).Value;

    public async Task<Result<Done>> DeletePostAsync(Guid postId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.DeletePost.DeletePost(postId), cancellationToken);

    public async Task<Result<Done>> PinAsync(Guid postId, bool pinned, CancellationToken cancellationToken) =>
        await sender.Send(new Features.PinPost.PinPost(postId, pinned), cancellationToken);

    public async Task<Result<Page<PostDto>>> TopicAsync(string tag, string? after, CancellationToken cancellationToken) =>
        await sender.Send(new Features.GetTopic.GetTopic(tag, after), cancellationToken);

    public async Task<Result<ScheduledPostDto>> ScheduleAsync(Guid communityId, NewScheduledPost post, CancellationToken cancellationToken) =>
        await sender.Send(new Features.SchedulePost.SchedulePost(communityId, post), cancellationToken);

    public async Task<IReadOnlyList<ScheduledPostDto>> ScheduledAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new Features.ListMyScheduledPosts.ListMyScheduledPosts(), cancellationToken)).Value ?? [];

    public async Task<Result<Done>> CancelScheduledAsync(Guid scheduledPostId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.CancelScheduledPost.CancelScheduledPost(scheduledPostId), cancellationToken);

    public async Task<Result<PollDto>> VoteAsync(Guid postId, IReadOnlyList<int> choices, CancellationToken cancellationToken) =>
        await sender.Send(new Features.VoteInPoll.VoteInPoll(postId, choices), cancellationToken);

    public async Task<Result<CommentDto>> AddCommentAsync(
        Guid postId, string markdown, string? idempotencyKey, CancellationToken cancellationToken, IReadOnlyList<Guid>? attachmentIds = null, Guid? replyTo = null) =>
        Unwrap(await sender.Send(new AddComment(postId, markdown, idempotencyKey, attachmentIds, replyTo), cancellationToken));

    public async Task<Result<PostDto>> ReactAsync(Guid postId, string kind, CancellationToken cancellationToken) =>
        await sender.Send(new React(postId, kind), cancellationToken);

    public async Task<Result<Done>> RemoveReactionAsync(Guid postId, string kind, CancellationToken cancellationToken) =>
        await sender.Send(new RemoveReaction(postId, kind), cancellationToken);

    public async Task<Result<IReadOnlyList<ReactorsDto>>> ReactorsAsync(Guid postId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ListReactors.ListReactors(postId), cancellationToken);

    public async Task<Result<ReportDto>> ReportAsync(Guid postId, Guid? commentId, string reason, string? details, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ReportContent.ReportContent(postId, commentId, reason, details), cancellationToken);

    public async Task<Result<IReadOnlyList<ModerationItemDto>>> ModerationQueueAsync(Guid? communityId, ModerationView view, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ListModerationQueue.ListModerationQueue(communityId, view), cancellationToken);

    public async Task<Result<Done>> ModerateAsync(Guid postId, Guid? commentId, ModerationDecision decision, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ModerateContent.ModerateContent(postId, commentId, decision), cancellationToken);

    private static Result<T> Unwrap<T>(Result<Creation<T>> result) =>
        result.IsSuccess ? result.Value!.Value : result.Error!;
}
