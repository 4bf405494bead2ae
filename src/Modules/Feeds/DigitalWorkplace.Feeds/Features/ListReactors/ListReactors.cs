using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListReactors;

/// <summary>"Who reacted": the people behind each kind of reaction, in the kinds' fixed order, for whoever reads the post.</summary>
internal sealed record ListReactors(Guid PostId) : IQuery<Result<IReadOnlyList<ReactorsDto>>>;

internal sealed class ListReactorsAuthorizer(FeedPolicy policy) : IAuthorizer<ListReactors>
{
    public async ValueTask<Error?> AuthorizeAsync(ListReactors message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ReadPostAsync(user.PersonId, message.PostId, cancellationToken);
}

internal sealed class ListReactorsHandler(FeedsDbContext db, IPeopleDirectory people) : IQueryHandler<ListReactors, Result<IReadOnlyList<ReactorsDto>>>
{
    private const int PerKind = 100;

    public async ValueTask<Result<IReadOnlyList<ReactorsDto>>> Handle(ListReactors query, CancellationToken cancellationToken)
    {
        var reactions = await db.Reactions.AsNoTracking().Where(r => r.PostId == query.PostId)
            .OrderBy(r => r.CreatedAt).Select(r => new { r.PersonId, r.Kind }).ToListAsync(cancellationToken);
        var authors = await people.GetManyAsync(reactions.Select(r => r.PersonId).ToHashSet(), cancellationToken);
        return reactions.GroupBy(r => r.Kind)
            .OrderBy(g => ReactionKinds.Order(g.Key))
            .Select(g => new ReactorsDto(g.Key, [.. g.Take(PerKind).Select(r => PostViews.Author(r.PersonId, authors))]))
            .ToList();
    }
}
