using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.PublishPost;

/// <summary>
/// Publishes a post in a community the person is a member of. With an idempotency key, a retry of the
/// same creation (mobile networks retry) returns the post already created and writes nothing. The community's rules
/// apply first: a blocked word is a 400; a hold word, or pre-approval, keeps the post <c>Held</c> for a moderator —
/// saved, but read by nobody and published by no event until approved.
/// </summary>
/// <remarks>
/// With a <see cref="Recognition"/>, the post thanks colleagues against a brand value: each of them is counted on the
/// values wall, and told when the post is published, if they may read it.
/// </remarks>
internal sealed record PublishPost(
    Guid CommunityId, string? Markdown, string? IdempotencyKey, RecognitionInput? Recognition = null, IReadOnlyList<Guid>? AttachmentIds = null, PollInput? Poll = null)
    : ICommand<Result<Creation<PostDto>>>, IValidatable
{
    public const int MaxRecognised = 10;

    public void Validate(Validator validator) => validator
        .Required("markdown", Markdown, FeedLimits.PostMaxLength)
        .MaxLength("idempotencyKey", IdempotencyKey, IdempotentRequest.KeyMaxLength)
        .That(Recognition is null || Recognition.PersonIds is { Count: > 0 and <= MaxRecognised }, "recognition.personIds",
            FieldError.Rule("recognised_count", $"must name 1 to {MaxRecognised} colleagues.", new Dictionary<string, object> { ["max"] = MaxRecognised }))
        .That((AttachmentIds?.Count ?? 0) <= AttachmentLimits.MaxPerItem, "attachmentIds", FieldError.OutOfRange(0, AttachmentLimits.MaxPerItem))
        .That(Poll is null || Poll.Options is { Count: >= PollLimits.MinOptions and <= PollLimits.MaxOptions }, "poll.options", FieldError.OutOfRange(PollLimits.MinOptions, PollLimits.MaxOptions))
        .That(Poll?.Options is null || Poll.Options.All(o => !string.IsNullOrWhiteSpace(o) && o.Trim().Length <= PollLimits.OptionMaxLength), "poll.options",
            FieldError.Rule("invalid_options", $"must each be 1 to {PollLimits.OptionMaxLength} characters.", new Dictionary<string, object> { ["max"] = PollLimits.OptionMaxLength }))
        .That(Poll?.Options is null || Poll.Options.Where(o => o is not null).Select(o => o.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == Poll.Options.Count, "poll.options",
            FieldError.Rule("duplicate_options", "must all be different."));
}

internal sealed class PublishPostAuthorizer(FeedPolicy policy) : IAuthorizer<PublishPost>
{
    public async ValueTask<Error?> AuthorizeAsync(PublishPost message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ContributeToCommunityAsync(user.PersonId, message.CommunityId, cancellationToken);
}

internal sealed class PublishPostHandler(
    FeedsDbContext db, Timelines timelines, MarkdownRenderer renderer, PostViews views, FeedPolicy policy, BrandValues.BrandValueCatalog values,
    IPeopleDirectory people, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PublishPost, Result<Creation<PostDto>>>
{
    public async ValueTask<Result<Creation<PostDto>>> Handle(PublishPost command, CancellationToken cancellationToken)
    {
        var rendered = renderer.Render(command.Markdown!);
        var held = await policy.HeldAsync(user, command.CommunityId, rendered.Text, isPost: true, "markdown", cancellationToken);
        if (held.Error is { } blocked)
        {
            return blocked;
        }

        // The answers of a poll are words of the author too: the community's rules read them.
        var answers = command.Poll is { } asked ? await policy.HeldAsync(user, command.CommunityId, string.Join('\n', asked.Options!), isPost: false, "poll.options", cancellationToken) : false;
        if (answers.Error is { } blockedAnswer)
        {
            return blockedAnswer;
        }

        if (answers.Value)
        {
            held = true;
        }

        if (command.Poll?.ClosesAt is { } closes && closes <= clock.GetUtcNow())
        {
            return Error.Validation("poll.closesAt", FieldError.Rule("in_the_past", "must be in the future."));
        }

        var recognised = await RecognisedAsync(command.Recognition, cancellationToken);
        if (recognised.Error is { } refused)
        {
            return refused;
        }

        var request = IdempotentRequest.For(
            command.IdempotencyKey, command.CommunityId.ToString(), command.Markdown, command.Recognition?.ValueId.ToString(), string.Join(',', recognised.Value!.Keys.Order()),
            (command.AttachmentIds?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
            command.Poll is { } poll ? $"{string.Join('\n', poll.Options!)}|{poll.Multiple}|{poll.ClosesAt?.ToUnixTimeSeconds()}" : null);
        return await request.CreateOnceAsync(db, FindAsync, ct => PublishAsync(command, rendered, held.Value, recognised.Value!, request, ct), cancellationToken);
    }

    /// <summary>The colleagues a recognition thanks, with their directory entries (for their location): they exist and are not the author; the value is offered.</summary>
    private async Task<Result<IReadOnlyDictionary<Guid, PersonSummary>>> RecognisedAsync(RecognitionInput? recognition, CancellationToken cancellationToken)
    {
        if (recognition is null)
        {
            return Result<IReadOnlyDictionary<Guid, PersonSummary>>.Success(new Dictionary<Guid, PersonSummary>());
        }

        if (!(await values.AllAsync(cancellationToken)).TryGetValue(recognition.ValueId, out var value) || value.IsRetired)
        {
            return Error.Validation("recognition.valueId", FieldError.Rule("unknown_value", "names no brand value."));
        }

        var ids = recognition.PersonIds!.Distinct().ToList();
        if (ids.Contains(user.PersonId))
        {
            return Error.Validation("recognition.personIds", FieldError.Rule("not_yourself", "must name colleagues, not yourself."));
        }

        var found = await people.GetManyAsync(ids, cancellationToken);
        return ids.TrueForAll(found.ContainsKey)
            ? Result<IReadOnlyDictionary<Guid, PersonSummary>>.Success(found)
            : Error.Validation("recognition.personIds", FieldError.Rule("unknown_person", "names someone who is not in the directory."));
    }

    private async Task<Result<PostDto>> PublishAsync(
        PublishPost command, RenderedMarkdown rendered, bool held, IReadOnlyDictionary<Guid, PersonSummary> recognised, IdempotentRequest request, CancellationToken cancellationToken)
    {
        if (await Attachments.AttachmentClaims.FreeUploadsAsync(db, user.PersonId, command.AttachmentIds, cancellationToken) is not { } attachments)
        {
            return Attachments.AttachmentClaims.Unknown;
        }

        var post = new Post
        {
            Id = Guid.CreateVersion7(),
            CommunityId = command.CommunityId,
            AuthorId = user.PersonId,
            Markdown = command.Markdown!,
            Html = Hashtags.Link(rendered.Html),
            Text = rendered.Text,
            PublishedAt = clock.GetUtcNow(),
            IdempotencyKey = request.Key,
            IdempotencyFingerprint = request.StoredFingerprint,
            Status = held ? ContentStatus.Held : ContentStatus.Published,
            BrandValueId = command.Recognition?.ValueId,
            RecognisedIds = [.. recognised.Keys],
            Attachments = [.. attachments.Select(a => a.ToRef())],
            Poll = command.Poll is { } poll ? new PostPoll([.. poll.Options!.Select(o => o.Trim())], poll.Multiple, poll.ClosesAt?.ToUniversalTime()) : null,
        };
        db.Posts.Add(post);
        db.PostTags.AddRange(Hashtags.InLinks(post.Html).Select(tag => new PostTag { PostId = post.Id, Tag = tag, CommunityId = post.CommunityId }));
        attachments.ForEach(a => a.PostId = post.Id);
        db.Recognitions.AddRange(recognised.Values.Select(person => new Recognition
        {
            PostId = post.Id, PersonId = person.Id, BrandValueId = post.BrandValueId!.Value, CommunityId = post.CommunityId, OrgUnitId = person.OrgUnitId, GivenAt = post.PublishedAt,
        }));
        if (!held)
        {
            db.Publish(await PublishedEventAsync(post, people, cancellationToken), clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!held)
        {
            await timelines.PostsChangedAsync(post.CommunityId, cancellationToken);
        }

        return await views.ToDtoAsync(PostViews.RowOf(post), user.PersonId, cancellationToken) with { Status = post.Status.ToString() };
    }

    /// <summary>The event of a post going public: when written, or when a moderator approves it.</summary>
    public static async Task<PostPublishedIntegrationEvent> PublishedEventAsync(Post post, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        var author = PostViews.Author(post.AuthorId, await people.GetManyAsync([post.AuthorId], cancellationToken));
        return new PostPublishedIntegrationEvent(post.Id, post.CommunityId, post.AuthorId, author.DisplayName, post.Text, post.Html, post.PublishedAt, post.RecognisedIds, Mentions.In(post.Html, post.AuthorId));
    }

    private async Task<Keyed<PostDto>?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var existing = await db.Posts.AsNoTracking()
            .Where(p => p.AuthorId == user.PersonId && p.IdempotencyKey == key)
            .SingleOrDefaultAsync(cancellationToken);
        return existing is null ? null
            : new Keyed<PostDto>(await views.ToDtoAsync(PostViews.RowOf(existing), user.PersonId, cancellationToken) with { Status = existing.Status.ToString() }, existing.IdempotencyFingerprint);
    }
}
