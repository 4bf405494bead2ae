using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.DeleteAudience;

/// <summary>Deletes an audience: its members leave it (told by event), what targeted it targets nobody more.</summary>
internal sealed record DeleteAudience(Guid AudienceId) : ICommand<Result<Done>>;

internal sealed class DeleteAudienceAuthorizer(IdentityPolicy policy, AudienceCatalog catalog) : IAuthorizer<DeleteAudience>
{
    public async ValueTask<Error?> AuthorizeAsync(DeleteAudience message, ICurrentUser user, CancellationToken cancellationToken) =>
        await AudienceAccess.AuthorizeAsync(policy, catalog, user, message.AudienceId, cancellationToken);
}

internal sealed class DeleteAudienceHandler(AuditTrail audit, IdentityModuleDbContext db, ICacheInvalidation invalidation, TimeProvider clock) : ICommandHandler<DeleteAudience, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(DeleteAudience command, CancellationToken cancellationToken)
    {
        var audience = await db.Audiences.FirstOrDefaultAsync(a => a.Id == command.AudienceId, cancellationToken);
        if (audience is null)
        {
            return Error.NotFound("audience.not_found");
        }

        var members = await db.AudienceMembers.Where(m => m.AudienceId == audience.Id).Select(m => m.PersonId).ToListAsync(cancellationToken);
        AudienceMembership.Publish(db, members.Select(personId => (audience.Id, new AudienceMemberChange(personId, IsMember: false))), clock);

        // The memberships go with it (cascade).
        db.Audiences.Remove(audience);
        audit.RecordChanges(db, "audience.deleted", Auditing.AuditSubjects.Audience(audience), db.Entry(audience));
        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync([AudienceCatalog.Key, .. members.Select(Credentials.PersonKey)], cancellationToken);

        return Done.Value;
    }
}
