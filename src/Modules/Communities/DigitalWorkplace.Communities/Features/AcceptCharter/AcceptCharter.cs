using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.AcceptCharter;

/// <summary>
/// A member accepts the version of the charter they read. A version that is no longer the current one is refused (409
/// <c>community.charter_changed</c>): they read the new one first.
/// </summary>
internal sealed record AcceptCharter(Guid CommunityId, int? Version) : ICommand<Result<CommunitySummary>>, IValidatable
{
    public void Validate(Validator validator) => validator.That(Version is > 0, "version", FieldError.Required());
}

internal sealed class AcceptCharterAuthorizer(CommunityPolicy policy) : IAuthorizer<AcceptCharter>
{
    public async ValueTask<Error?> AuthorizeAsync(AcceptCharter message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ReadAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class AcceptCharterHandler(CommunitiesDbContext db, CommunityCache cache, ICurrentUser user) : ICommandHandler<AcceptCharter, Result<CommunitySummary>>
{
    public async ValueTask<Result<CommunitySummary>> Handle(AcceptCharter command, CancellationToken cancellationToken)
    {
        var community = await db.Communities.AsNoTracking().FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.CommunityId == community.Id && m.PersonId == user.PersonId, cancellationToken);
        if (membership is null)
        {
            return Error.Conflict("community.not_member", "Join the community first: its charter is accepted by its members.");
        }

        if (community.Charter is null || command.Version != community.CharterVersion)
        {
            return Error.Conflict("community.charter_changed", "The charter changed since you read it: read the new one.");
        }

        membership.CharterAcceptedVersion = community.CharterVersion;
        await db.SaveChangesAsync(cancellationToken);
        await cache.MembershipsChangedAsync(user.PersonId, cancellationToken);
        return (await db.SummaryAsync(community.Id, user.PersonId, cancellationToken))!;
    }
}
