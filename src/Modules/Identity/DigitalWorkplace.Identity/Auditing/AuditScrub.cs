using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Features.ErasePerson;

namespace DigitalWorkplace.Identity.Auditing;

/// <summary>
/// What the audit log forgets of an erased person: their name, the fields of their account in entries about it, and the
/// addresses they connected from; what was done, and when, stays. Run by the erasure, once more when its event is
/// delivered (for entries written while it ran), and by <see cref="KeepAuditEntry"/> for any that arrive later.
/// </summary>
internal static class AuditScrub
{
    public static async Task ForgetAsync(IdentityModuleDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var subject = personId.ToString();
        await db.AuditLog.Where(e => e.SubjectId == subject && e.Action != "person.erased").ExecuteUpdateAsync(set => set
            .SetProperty(e => e.SubjectName, ErasePersonHandler.FormerMember).SetProperty(e => e.Before, (string?)null).SetProperty(e => e.After, (string?)null), cancellationToken);
        await db.AuditLog.Where(e => e.SubjectId == subject || e.ActorId == personId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Address, (string?)null).SetProperty(e => e.Client, (string?)null), cancellationToken);
    }
}

[IntegrationEventSubscriber("identity.scrub-erased-audit")]
internal sealed class ScrubErasedFromAudit(IdentityModuleDbContext db) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public Task HandleAsync(PersonErasedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        AuditScrub.ForgetAsync(db, integrationEvent.PersonId, cancellationToken);
}
