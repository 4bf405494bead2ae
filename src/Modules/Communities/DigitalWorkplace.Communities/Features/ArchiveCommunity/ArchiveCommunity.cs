using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.ArchiveCommunity;

/// <summary>
/// An owner (or an administrator) archives the community — its members still read it, nobody writes, joins or plans in it
/// — or brings it back (<see cref="Archive"/> false). Takes effect at once on every node (the cached catalog).
/// </summary>
internal sealed record ArchiveCommunity(Guid CommunityId, bool Archive) : ICommand<Result<CommunitySummary>>;

internal sealed class ArchiveCommunityAuthorizer(CommunityPolicy policy) : IAuthorizer<ArchiveCommunity>
{
    public async ValueTask<Error?> AuthorizeAsync(ArchiveCommunity message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageRolesAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class ArchiveCommunityHandler(CommunitiesDbContext db, CommunityCache cache, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<ArchiveCommunity, Result<CommunitySummary>>
{
    public async ValueTask<Result<CommunitySummary>> Handle(ArchiveCommunity command, CancellationToken cancellationToken)
    {
        var community = await db.Communities.FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        if ((community.ArchivedAt is not null) != command.Archive)
        {
            community.ArchivedAt = command.Archive ? clock.GetUtcNow() : null;
            audit.Record(db, command.Archive ? "community.archived" : "community.unarchived", MemberRoles.Subject(community));
            await db.SaveChangesAsync(cancellationToken);
            await cache.CatalogChangedAsync(cancellationToken);
        }

        return (await db.SummaryAsync(community.Id, user.PersonId, cancellationToken))!;
    }
}
