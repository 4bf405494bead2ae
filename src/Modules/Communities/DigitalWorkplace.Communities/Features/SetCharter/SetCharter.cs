using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.SetCharter;

/// <summary>
/// An owner (or administrator) writes the community's charter, or removes it (blank). Each change is a new version:
/// members read and accept it again before they next write. The one who wrote it has accepted it.
/// </summary>
internal sealed record SetCharter(Guid CommunityId, string? Text) : ICommand<Result<CommunitySummary>>, IValidatable
{
    public void Validate(Validator validator) => validator.MaxLength("text", Text, CommunityLimits.CharterMaxLength);
}

internal sealed class SetCharterAuthorizer(CommunityPolicy policy) : IAuthorizer<SetCharter>
{
    public async ValueTask<Error?> AuthorizeAsync(SetCharter message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageRolesAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class SetCharterHandler(CommunitiesDbContext db, CommunityCache cache, ICurrentUser user, AuditTrail audit) : ICommandHandler<SetCharter, Result<CommunitySummary>>
{
    public async ValueTask<Result<CommunitySummary>> Handle(SetCharter command, CancellationToken cancellationToken)
    {
        var community = await db.Communities.FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        var text = string.IsNullOrWhiteSpace(command.Text) ? null : command.Text.Trim();
        if (text != community.Charter)
        {
            community.Charter = text;
            community.CharterVersion++;
            if (await db.Memberships.FirstOrDefaultAsync(m => m.CommunityId == community.Id && m.PersonId == user.PersonId, cancellationToken) is { } mine)
            {
                mine.CharterAcceptedVersion = community.CharterVersion;
            }

            audit.Record(db, text is null ? "community.charter-removed" : "community.charter-changed", MemberRoles.Subject(community),
                after: AuditTrail.Fields(("version", community.CharterVersion)));
            await db.SaveChangesAsync(cancellationToken);
            await cache.CatalogChangedAsync(cancellationToken);
            await cache.MembershipsChangedAsync(user.PersonId, cancellationToken);
        }

        return (await db.SummaryAsync(community.Id, user.PersonId, cancellationToken))!;
    }
}
