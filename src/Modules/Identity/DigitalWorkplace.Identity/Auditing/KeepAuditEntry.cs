using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Auditing;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Auditing;

/// <summary>Appends every module's audited actions to the log, once each: the entry's id is the event's.</summary>
[IntegrationEventSubscriber("identity.keep-audit-entry")]
internal sealed class KeepAuditEntry(IdentityModuleDbContext db) : IIntegrationEventHandler<ActionAuditedIntegrationEvent>
{
    public async Task HandleAsync(ActionAuditedIntegrationEvent audited, CancellationToken cancellationToken)
    {
        if (await db.AuditLog.AnyAsync(e => e.Id == audited.EventId, cancellationToken))
        {
            return;
        }

        // An entry about (or by) someone erased since it was written arrives scrubbed, as the erasure left the others.
        var erased = await ErasedAsync(audited, cancellationToken);
        db.AuditLog.Add(new AuditEntry
        {
            Id = audited.EventId,
            At = audited.At,
            Action = Cut(audited.Action, AuditEntry.ActionMaxLength)!,
            ActorId = audited.ActorId,
            Address = erased ? null : Cut(audited.Address, 64),
            Client = erased ? null : Cut(audited.Client, AuditEntry.TextMaxLength),
            Via = Cut(audited.Via, AuditEntry.TextMaxLength),
            SubjectType = Cut(audited.Subject.Type, AuditEntry.ActionMaxLength)!,
            SubjectId = Cut(audited.Subject.Id, 64),
            SubjectName = erased && audited.Subject.Type == "person" ? Features.ErasePerson.ErasePersonHandler.FormerMember : Cut(audited.Subject.Name, AuditEntry.TextMaxLength),
            OrgUnitId = audited.Subject.OrgUnitId,
            Before = audited.Before is null ? null : JsonSerializer.Serialize(audited.Before),
            After = audited.After is null ? null : JsonSerializer.Serialize(audited.After),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<bool> ErasedAsync(ActionAuditedIntegrationEvent audited, CancellationToken cancellationToken)
    {
        Guid? subject = audited.Subject.Type == "person" && Guid.TryParse(audited.Subject.Id, out var id) ? id : null;
        return (subject is not null || audited.ActorId is not null)
            && await db.Users.AnyAsync(p => (p.Id == subject || p.Id == audited.ActorId) && EF.Functions.Like(p.UserName!, Privacy.Erasure.UserNamePattern), cancellationToken);
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
