using System.Security.Claims;
using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace DigitalWorkplace.Identity.Entra;

/// <summary>
/// Who an Entra identity is here. Found, in order, by its link (tenant id + object id); by the person a directory of
/// that tenant provisioned with that object id as externalId (then linked); or created just in time from the token's
/// claims. Never by e-mail or user name, which a tenant's administrator can set to anything (the "nOAuth" attack): a
/// new identity whose e-mail or user name an account already has is refused, not merged.
/// </summary>
internal sealed class EntraAccounts(
    IdentityModuleDbContext db, UserManager<Person> userManager, OrgTreeCache trees, AudienceMembership audiences, ICacheInvalidation invalidation,
    AuditTrail audit, IOptions<EntraOptions> options, TimeProvider clock)
{
    public static readonly Error Conflict = Error.Conflict("entra.account_conflict", "An account already has this e-mail or user name: an administrator links it.");

    public static readonly Error NoAccount = Error.NotFound("entra.no_account", "No account is linked to this Microsoft identity.");

    public async Task<Result<Person>> FindOrCreateAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (EntraSignIn.IdentityOf(principal) is not var (tenantId, objectId))
        {
            return NoAccount;
        }

        var key = $"{tenantId}/{objectId}";
        var person = await userManager.FindByLoginAsync(EntraSignIn.LoginProvider, key) ?? await ProvisionedAsync(tenantId, objectId, cancellationToken);
        if (person is null)
        {
            if (!options.Value.CreateAccounts)
            {
                return NoAccount;
            }

            var created = await CreateAsync(principal, objectId, cancellationToken);
            if (!created.IsSuccess)
            {
                return created;
            }

            person = created.Value!;
        }

        if (!await db.UserLogins.AnyAsync(l => l.LoginProvider == EntraSignIn.LoginProvider && l.ProviderKey == key, cancellationToken))
        {
            db.UserLogins.Add(new IdentityUserLogin<Guid> { LoginProvider = EntraSignIn.LoginProvider, ProviderKey = key, ProviderDisplayName = "Microsoft", UserId = person.Id });
            audit.Record(db, "person.linked-to-entra", Auditing.AuditSubjects.Person(person), after: AuditTrail.Fields(("tenantId", tenantId), ("objectId", objectId)), actorId: person.Id);
        }

        ApplyGroupTags(person, principal);
        if (db.ChangeTracker.HasChanges())
        {
            await audiences.StageAsync([person], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await invalidation.InvalidateAsync(Credentials.PersonKey(person.Id), cancellationToken);
        }

        return person;
    }

    /// <summary>A person that a SCIM directory bound to this tenant provisioned with the object id as externalId.</summary>
    private async Task<Person?> ProvisionedAsync(string tenantId, string objectId, CancellationToken cancellationToken)
    {
        var clients = await db.ScimClients.Where(c => c.TenantId == tenantId && c.RevokedAt == null).Select(c => c.Id).ToListAsync(cancellationToken);
        return clients.Count == 0
            ? null
            : await db.Users.FirstOrDefaultAsync(p => p.ExternalId == objectId && p.ProvisionedBy != null && clients.Contains(p.ProvisionedBy.Value), cancellationToken);
    }

    private async Task<Result<Person>> CreateAsync(ClaimsPrincipal principal, string objectId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var email = principal.FindFirst("email")?.Value ?? principal.FindFirst(ClaimTypes.Email)?.Value;
        // "~" marks the platform's own placeholders (invitations, erased people): no user name starts with it.
        var userName = (principal.GetLoginHint() ?? principal.FindFirst("preferred_username")?.Value ?? email ?? objectId).TrimStart('~');
        userName = userName.Length > 0 ? userName : objectId;
        var tree = await trees.GetAsync(cancellationToken);
        var unitName = GroupsOf(principal).Select(g => options.Value.Groups.GetValueOrDefault(g)?.OrgUnit).FirstOrDefault(u => u is not null) ?? options.Value.DefaultOrgUnit;
        var person = new Person
        {
            DisplayName = Cut(principal.FindFirst("name")?.Value ?? principal.GetDisplayName() ?? userName, Person.DisplayNameMaxLength),
            UserName = Cut(userName, Person.EmailMaxLength),
            NormalizedUserName = userManager.NormalizeName(userName),
            Email = email is not null && PersonRules.IsEmailAddress(email) ? email : null,
            EmploymentType = options.Value.EmploymentType,
            Status = AccountStatus.Active,
            StatusChangedAt = now,
            CreatedAt = now,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ExternalId = objectId,
            OrgUnitId = unitName is not null && tree.FindByName(unitName) is { IsClosed: false } unit ? unit.Id : null,
            Languages = principal.FindFirst("xms_pl")?.Value is { Length: >= 2 } language ? PersonRules.StoredLanguages([language[..2].ToLowerInvariant()]) : null,
        };
        person.NormalizedEmail = person.Email is null ? null : userManager.NormalizeEmail(person.Email);
        // Entra's e-mail claim is whatever a tenant's administrator typed: kept, not taken as verified.
        person.EmailConfirmed = false;
        if (await PeopleUniqueness.TakenAsync(db, userManager, person, cancellationToken) is not null)
        {
            return Conflict;
        }

        db.Users.Add(person);
        db.Publish(new PersonRegisteredIntegrationEvent(person.Id, person.DisplayName, person.EmploymentType, tree.Find(person.OrgUnitId)?.Name, person.StartDate), clock);
        audit.RecordChanges(db, "person.created-at-sign-in", Auditing.AuditSubjects.Person(person), db.Entry(person));
        return person;
    }

    /// <summary>The mapped groups' tags, as the token lists the groups now: added when a group is there, removed when it is not.</summary>
    private void ApplyGroupTags(Person person, ClaimsPrincipal principal)
    {
        var mapped = options.Value.Groups;
        if (mapped.Count == 0)
        {
            return;
        }

        var groups = GroupsOf(principal).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var given = mapped.Where(m => groups.Contains(m.Key)).SelectMany(m => m.Value.Tags).Select(PersonRules.NormalizeTag).ToHashSet(StringComparer.Ordinal);
        var managed = mapped.Values.SelectMany(m => m.Tags).Select(PersonRules.NormalizeTag).ToHashSet(StringComparer.Ordinal);
        var tags = PersonRules.ListOf(person.Tags).Where(t => !managed.Contains(t) || given.Contains(t)).Concat(given).Distinct(StringComparer.Ordinal).Take(PersonRules.MaxTags).ToList();
        var stored = PersonRules.StoredTags(tags);
        if (stored != person.Tags)
        {
            person.Tags = stored;
        }
    }

    private static IEnumerable<string> GroupsOf(ClaimsPrincipal principal) => principal.FindAll("groups").Select(c => c.Value);

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
