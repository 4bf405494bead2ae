using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Features.SetCommunityAudiences;

/// <summary>
/// An owner (or administrator) says which audiences the community follows: their people become members now (a page of
/// the audience at a time, each page saved with its events, so a retry after a failure just finishes), and stay members
/// as long as they are in one of them. Those an unlinked audience brought in, and no remaining one holds, go.
/// </summary>
internal sealed record SetCommunityAudiences(Guid CommunityId, IReadOnlyList<Guid>? AudienceIds) : ICommand<Result<IReadOnlyList<CommunityAudienceDto>>>, IValidatable
{
    public const int MaxAudiences = 20;

    public void Validate(Validator validator) =>
        validator.That(AudienceIds is { Count: <= MaxAudiences }, "audienceIds", FieldError.OutOfRange(0, MaxAudiences));
}

internal sealed class SetCommunityAudiencesAuthorizer(CommunityPolicy policy) : IAuthorizer<SetCommunityAudiences>
{
    /// <summary>
    /// The community's owners may not pour an audience into it on their own: audiences are the communications team's and
    /// administrators' (who may target the whole network), so only they link them — to communities they may run.
    /// </summary>
    public async ValueTask<Error?> AuthorizeAsync(SetCommunityAudiences message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageRolesAsync(user, message.CommunityId, cancellationToken)
        ?? (user.HasRole(Identity.Contracts.PlatformRoleClaims.Communications)
            ? null
            : Error.Forbidden("community.audiences_communications_only", "Communications and administrators link audiences to communities."));
}

internal sealed class SetCommunityAudiencesHandler(CommunitiesDbContext db, IAudiences audiences, AudienceMemberships memberships, AuditTrail audit)
    : ICommandHandler<SetCommunityAudiences, Result<IReadOnlyList<CommunityAudienceDto>>>
{
    public async ValueTask<Result<IReadOnlyList<CommunityAudienceDto>>> Handle(SetCommunityAudiences command, CancellationToken cancellationToken)
    {
        var wanted = command.AudienceIds!.Distinct().ToList();
        var existing = await audiences.ExistingAsync(wanted, cancellationToken);
        if (wanted.Except(existing).ToList() is { Count: > 0 } unknown)
        {
            return Error.Validation("audienceIds", FieldError.Rule("unknown_audience", $"names audiences that do not exist: {string.Join(", ", unknown)}."));
        }

        var community = await db.Communities.AsNoTracking().FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        var links = await db.Audiences.Where(l => l.CommunityId == community.Id).ToListAsync(cancellationToken);
        var dropped = links.Where(l => !wanted.Contains(l.AudienceId)).ToList();
        var added = wanted.Where(id => links.TrueForAll(l => l.AudienceId != id)).ToList();
        db.Audiences.RemoveRange(dropped);
        db.Audiences.AddRange(added.Select(id => new CommunityAudience { CommunityId = community.Id, AudienceId = id }));
        audit.Record(db, "community.audiences-changed", MemberRoles.Subject(community),
            AuditTrail.Fields(("audiences", string.Join(", ", links.Select(l => l.AudienceId)))), AuditTrail.Fields(("audiences", string.Join(", ", wanted))));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("community.audiences_changing", "The audiences are being changed by someone else at this moment: try again.");
        }

        foreach (var audienceId in added)
        {
            await ForEachPageAsync(audienceId, page => memberships.AddAsync(community.Id, page, cancellationToken), cancellationToken);
        }

        foreach (var link in dropped)
        {
            await ForEachPageAsync(link.AudienceId, page => memberships.RemoveAsync(community.Id, page, wanted, cancellationToken), cancellationToken);
        }

        var names = (await audiences.NamesAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        return wanted.Select(id => new CommunityAudienceDto(id, names.GetValueOrDefault(id, ""))).ToList();
    }

    private async Task ForEachPageAsync(Guid audienceId, Func<IReadOnlyList<Guid>, Task<int>> apply, CancellationToken cancellationToken)
    {
        string? after = null;
        do
        {
            var page = await audiences.MembersAsync(audienceId, after, Cursor.MaxPageSize, cancellationToken);
            await apply(page.Items);
            after = page.Next;
        }
        while (after is not null);
    }
}
