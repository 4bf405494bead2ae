using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;

namespace DigitalWorkplace.Feeds.Features.RemoveReaction;

/// <summary>Takes back the person's reaction of one kind; removing one that is not there changes nothing.</summary>
internal sealed record RemoveReaction(Guid PostId, string? Kind) : ICommand<Result<Done>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(ReactionKinds.IsKnown(Kind), "kind", FieldError.OneOf(ReactionKinds.All));
}

internal sealed class RemoveReactionAuthorizer(FeedPolicy policy) : IAuthorizer<RemoveReaction>
{
    // Reading is enough: someone who left a community may still take back a reaction they gave.
    public async ValueTask<Error?> AuthorizeAsync(RemoveReaction message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ReadPostAsync(user.PersonId, message.PostId, cancellationToken);
}

internal sealed class RemoveReactionHandler(FeedsDbContext db, Timelines timelines, ICurrentUser user, TimeProvider clock) : ICommandHandler<RemoveReaction, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RemoveReaction command, CancellationToken cancellationToken)
    {
        var reaction = await db.Reactions.FirstOrDefaultAsync(r => r.PostId == command.PostId && r.PersonId == user.PersonId && r.Kind == command.Kind, cancellationToken);
        if (reaction is null)
        {
            return Done.Value;
        }

        // The removal and its event commit together: open screens count one less, exactly once.
        var communityId = await db.Posts.AsNoTracking().Where(p => p.Id == command.PostId).Select(p => p.CommunityId).FirstAsync(cancellationToken);
        db.Reactions.Remove(reaction);
        db.Publish(new ReactionRemovedIntegrationEvent(command.PostId, communityId, user.PersonId, reaction.Kind), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A double tap: the other request took it back (and told the screens).
            return Done.Value;
        }

        await timelines.ReactionsChangedAsync(command.PostId, cancellationToken);
        return Done.Value;
    }
}
