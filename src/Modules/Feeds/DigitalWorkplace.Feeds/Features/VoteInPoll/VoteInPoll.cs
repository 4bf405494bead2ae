using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Features.VoteInPoll;

/// <summary>
/// A member votes in a post's poll: their choices replace their earlier ones (changing one's mind is allowed until it
/// closes). The votes, the new counts and the event that shows them live commit together.
/// </summary>
internal sealed record VoteInPoll(Guid PostId, IReadOnlyList<int>? Choices) : ICommand<Result<PollDto>>, IValidatable
{
    public void Validate(Validator validator) => validator
        .That(Choices is { Count: > 0 and <= PollLimits.MaxOptions } && Choices.Distinct().Count() == Choices.Count, "choices",
            FieldError.Rule("invalid_choices", "must name one or more different answers."));
}

internal sealed class VoteInPollAuthorizer(FeedPolicy policy) : IAuthorizer<VoteInPoll>
{
    public async ValueTask<Error?> AuthorizeAsync(VoteInPoll message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ContributeToPostAsync(user.PersonId, message.PostId, cancellationToken);
}

internal sealed class VoteInPollHandler(FeedsDbContext db, Timelines timelines, ICurrentUser user, TimeProvider clock) : ICommandHandler<VoteInPoll, Result<PollDto>>
{
    public static readonly Error NoPoll = Error.NotFound("poll.not_found");

    public static readonly Error Closed = Error.Conflict("poll.closed", "This poll is closed.");

    public static readonly Error Concurrent = Error.Conflict("poll.vote_in_progress", "Another vote of yours was being saved at the same moment; it was kept.");

    public async ValueTask<Result<PollDto>> Handle(VoteInPoll command, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == command.PostId).Select(p => new { p.CommunityId, p.Poll }).SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (post?.Poll is not { } poll)
        {
            return NoPoll;
        }

        if (poll.IsClosed(now))
        {
            return Closed;
        }

        var choices = command.Choices!;
        if (choices.Any(c => c < 0 || c >= poll.Options.Count) || (!poll.Multiple && choices.Count > 1))
        {
            return Error.Validation("choices", FieldError.Rule(poll.Multiple ? "invalid_choices" : "one_choice", poll.Multiple ? "must name answers of this poll." : "must name one answer of this poll."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PollVotes.Where(v => v.PostId == command.PostId && v.PersonId == user.PersonId).ExecuteDeleteAsync(cancellationToken);
        db.PollVotes.AddRange(choices.Select(c => new PollVote { PostId = command.PostId, PersonId = user.PersonId, Option = c, VotedAt = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person's other vote (a double tap) won the race: theirs stands, this one is rolled back.
            return Concurrent;
        }
        var votes = await db.PollVotes.Where(v => v.PostId == command.PostId).Select(v => new { v.PersonId, v.Option }).ToListAsync(cancellationToken);
        var tally = new PollTally(votes.Select(v => (v.PersonId, v.Option)), poll.Options.Count);
        db.Publish(new PollVotedIntegrationEvent(command.PostId, post.CommunityId, tally.Counts, tally.Voters), clock);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await timelines.PollChangedAsync(command.PostId, cancellationToken);
        return PostViews.PollOf(poll, tally, user.PersonId, now);
    }
}
