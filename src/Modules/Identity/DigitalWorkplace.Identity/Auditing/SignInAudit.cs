using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Auditing;

/// <summary>
/// Sign-in events in the audit log: who signed in, failed or signed out, from which address. A failure names the account
/// tried (never what was typed for an unknown one: it may be a password typed in the wrong box) and no actor, since
/// nobody proved who they were.
/// </summary>
internal sealed class SignInAudit(IdentityModuleDbContext db, AuditTrail audit)
{
    public const string Succeeded = "signin.succeeded";
    public const string Failed = "signin.failed";
    public const string CodeFailed = "signin.code-failed";
    public const string SignedOut = "signout";

    private static readonly BuildingBlocks.Auditing.AuditSubject UnknownAccount = new("account", null, null);

    /// <param name="method">How, when it is not a password: "Entra".</param>
    public async Task RecordAsync(string action, Person? person, CancellationToken cancellationToken, string? method = null)
    {
        audit.Record(db, action, person is null ? UnknownAccount : AuditSubjects.Person(person),
            after: method is null ? null : AuditTrail.Fields(("method", method)),
            actorId: action is Failed or CodeFailed ? null : person?.Id);
        await db.SaveChangesAsync(cancellationToken);
    }
}
