using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Feeds.Scheduling;

namespace DigitalWorkplace.Feeds.Features.SchedulePost;

/// <summary>
/// Schedules a post (text and an optional poll) in a community the person may post in, for a time in the next year.
/// The community's rules are checked now (a blocked word is refused at once) and again when it is published.
/// </summary>
internal sealed record SchedulePost(Guid CommunityId, NewScheduledPost Post) : ICommand<Result<ScheduledPostDto>>, IValidatable
{
    public void Validate(Validator validator)
    {
        validator
            .Required("markdown", Post.Markdown, FeedLimits.PostMaxLength)
            .That(Post.PublishAt is not null, "publishAt", FieldError.Required());
        // The poll, as a post asks it.
        new PublishPost.PublishPost(CommunityId, "-", null, Poll: Post.Poll).Validate(validator);
    }
}

internal sealed class SchedulePostAuthorizer(FeedPolicy policy) : IAuthorizer<SchedulePost>
{
    public async ValueTask<Error?> AuthorizeAsync(SchedulePost message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ContributeToCommunityAsync(user.PersonId, message.CommunityId, cancellationToken);
}

internal sealed class SchedulePostHandler(FeedsDbContext db, FeedPolicy policy, BuildingBlocks.Text.MarkdownRenderer renderer, ICommunityDirectory communities, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SchedulePost, Result<ScheduledPostDto>>
{
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(366);

    public async ValueTask<Result<ScheduledPostDto>> Handle(SchedulePost command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var at = command.Post.PublishAt!.Value.ToUniversalTime();
        if (at <= now.AddMinutes(1) || at > now + Horizon)
        {
            return Error.Validation("publishAt", FieldError.Rule("schedule_window", "must be between a minute and a year from now."));
        }

        if (command.Post.Poll?.ClosesAt is { } closes && closes <= at)
        {
            return Error.Validation("poll.closesAt", FieldError.Rule("before_publication", "must be after the post is published."));
        }

        var held = await policy.HeldAsync(user, command.CommunityId, renderer.Render(command.Post.Markdown!).Text, isPost: true, "markdown", cancellationToken);
        if (held.Error is { } blocked)
        {
            return blocked;
        }

        var poll = command.Post.Poll is { } input ? new PostPoll([.. input.Options!.Select(o => o.Trim())], input.Multiple, input.ClosesAt?.ToUniversalTime()) : null;
        var scheduled = new ScheduledPost
        {
            Id = Guid.CreateVersion7(), CommunityId = command.CommunityId, AuthorId = user.PersonId, Markdown = command.Post.Markdown!, Poll = poll, PublishAt = at, CreatedAt = now,
        };
        db.ScheduledPosts.Add(scheduled);
        await db.SaveChangesAsync(cancellationToken);
        return (await ScheduledPostViews.ToDtosAsync([scheduled], communities, cancellationToken))[0];
    }
}
