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

        db.AuditLog.Add(new AuditEntry
        {
            Id = audited.EventId,
            At = audited.At,
            Action = Cut(audited.Action, AuditEntry.ActionMaxLength)!,
            ActorId = audited.ActorId,
            Address = Cut(audited.Address, 64),
            Client = Cut(audited.Client, AuditEntry.TextMaxLength),
            Via = Cut(audited.Via, AuditEntry.TextMaxLength),
            SubjectType = Cut(audited.Subject.Type, AuditEntry.ActionMaxLength)!,
            SubjectId = Cut(audited.Subject.Id, 64),
            SubjectName = Cut(audited.Subject.Name, AuditEntry.TextMaxLength),
            OrgUnitId = audited.Subject.OrgUnitId,
            Before = audited.Before is null ? null : JsonSerializer.Serialize(audited.Before),
            After = audited.After is null ? null : JsonSerializer.Serialize(audited.After),
        });
        await db.SaveChangesAsync(cancellationToken);

        // About (or by) someone erased before this entry was saved: forgotten as the erasure forgot the others. Checked
        // after the save, so that an erasure committing meanwhile is seen either here or by its own scrub.
        Guid? subject = audited.Subject.Type == "person" && Guid.TryParse(audited.Subject.Id, out var id) ? id : null;
        var involved = new[] { subject, audited.ActorId }.OfType<Guid>().ToList();
        if (involved.Count > 0 && audited.Action != "person.erased")
        {
            var erased = await db.Users.Where(p => involved.Contains(p.Id) && EF.Functions.Like(p.UserName!, Privacy.Erasure.UserNamePattern)).Select(p => p.Id).ToListAsync(cancellationToken);
            foreach (var personId in erased)
            {
                await AuditScrub.ForgetAsync(db, personId, cancellationToken);
            }
        }
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
