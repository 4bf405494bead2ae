using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Features.React;

/// <summary>Adds the person's reaction of one kind to a post; reacting again changes nothing (PUT semantics).</summary>
internal sealed record React(Guid PostId, string? Kind) : ICommand<Result<PostDto>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(ReactionKinds.IsKnown(Kind), "kind", FieldError.OneOf(ReactionKinds.All));
}

internal sealed class ReactAuthorizer(FeedPolicy policy) : IAuthorizer<React>
{
    public async ValueTask<Error?> AuthorizeAsync(React message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ContributeToPostAsync(user.PersonId, message.PostId, cancellationToken);
}

internal sealed class ReactHandler(FeedsDbContext db, Timelines timelines, PostViews views, ICurrentUser user, TimeProvider clock) : ICommandHandler<React, Result<PostDto>>
{
    public async ValueTask<Result<PostDto>> Handle(React command, CancellationToken cancellationToken)
    {
        var row = await PostViews.Rows(db.Posts.AsNoTracking().Where(p => p.Id == command.PostId)).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return FeedPolicy.PostNotFound;
        }

        var kind = command.Kind!;
        if (!await db.Reactions.AnyAsync(r => r.PostId == row.Id && r.PersonId == user.PersonId && r.Kind == kind, cancellationToken))
        {
            db.Reactions.Add(new Reaction { PostId = row.Id, PersonId = user.PersonId, Kind = kind, CreatedAt = clock.GetUtcNow() });
            db.Publish(new ReactionAddedIntegrationEvent(row.Id, row.AuthorId, row.CommunityId, user.PersonId, kind), clock);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await timelines.ReactionsChangedAsync(row.Id, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A double tap: the primary key kept the first reaction, which is the outcome wanted.
                db.ChangeTracker.Clear();
                if (!await db.Reactions.AnyAsync(r => r.PostId == row.Id && r.PersonId == user.PersonId && r.Kind == kind, cancellationToken))
                {
                    throw;
                }
            }
        }

        return await views.ToDtoAsync(row, user.PersonId, cancellationToken);
    }
}
