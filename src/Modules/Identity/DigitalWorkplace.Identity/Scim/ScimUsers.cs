using System.Globalization;
using System.Text.Json.Nodes;
using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Scim;

/// <summary>
/// People as SCIM Users: their resource, the directory's changes applied with everything a change of a person does
/// here (uniqueness, audiences, the integration event, the audit entry, every node's cache), and deactivation through
/// <see cref="AccountStatusChanges"/> — signed out everywhere, tokens revoked, at once.
/// </summary>
internal sealed class ScimUsers(
    IdentityModuleDbContext db, UserManager<Person> userManager, OrgTreeCache trees, AudienceMembership audiences, AccountStatusChanges statuses,
    ICacheInvalidation invalidation, AuditTrail audit, ScimRequestContext context, TimeProvider clock)
{
    public static readonly Error NotFound = Error.NotFound("scim.user_not_found", "No such user.");

    /// <summary>
    /// The people this directory provisioned. A directory sees and changes only its own: never a local account (an
    /// administrator's, say) nor another directory's, whatever its token may ask — a provisioning mapping must not be a
    /// way into someone else's account. An account that already exists under the same user name is a 409.
    /// </summary>
    public IQueryable<Person> Own()
    {
        var clientId = context.ClientId;
        return db.Users.Where(p => p.ProvisionedBy != null && p.ProvisionedBy == clientId);
    }

    /// <summary>The person behind a SCIM id, tracked for a change.</summary>
    public Task<Person?> FindAsync(Guid id, CancellationToken cancellationToken) => Own().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<Result<Person>> CreateAsync(ScimUserValues values, CancellationToken cancellationToken)
    {
        if (values["username"] is null)
        {
            return ScimJson.InvalidValue("userName is required.");
        }

        var now = clock.GetUtcNow();
        var person = new Person
        {
            DisplayName = "",
            EmploymentType = EmploymentType.Permanent,
            // They sign in with the directory's own sign-in (Entra ID), not a password of ours.
            Status = values.Active == false ? AccountStatus.Suspended : AccountStatus.Active,
            StatusChangedAt = now,
            CreatedAt = now,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ProvisionedBy = context.ClientId,
        };
        if (await ApplyAsync(person, values, isNew: true, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (await PeopleUniqueness.TakenAsync(db, userManager, person, cancellationToken) is { } taken)
        {
            return taken;
        }

        db.Users.Add(person);
        await audiences.StageAsync([person], cancellationToken);
        db.Publish(new PersonRegisteredIntegrationEvent(person.Id, person.DisplayName, person.EmploymentType, (await trees.GetAsync(cancellationToken)).Find(person.OrgUnitId)?.Name, person.StartDate), clock);
        audit.RecordChanges(db, "person.provisioned", Auditing.AuditSubjects.Person(person), db.Entry(person));
        return await SaveAsync(person, cancellationToken);
    }

    public async Task<Result<Person>> UpdateAsync(Person person, ScimUserValues values, CancellationToken cancellationToken)
    {
        if (await ApplyAsync(person, values, isNew: false, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (await PeopleUniqueness.TakenAsync(db, userManager, person, cancellationToken) is { } taken)
        {
            return taken;
        }

        var entry = db.Entry(person);
        if (entry.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
        {
            await audiences.StageAsync([person], cancellationToken);
            db.Publish(new PersonUpdatedIntegrationEvent(
                person.Id, person.DisplayName, person.EmploymentType, person.OrgUnitId, (await trees.GetAsync(cancellationToken)).Find(person.OrgUnitId)?.Name,
                person.Position, person.StartDate, person.EndDate), clock);
            audit.RecordChanges(db, "person.updated", Auditing.AuditSubjects.Person(person), entry);
        }

        var saved = await SaveAsync(person, cancellationToken);
        return saved.IsSuccess ? await SetActiveAsync(person, values.Active, cancellationToken) : saved;
    }

    /// <summary><c>active</c> false suspends (sessions, tokens, refresh tokens and live connections end at once); true brings the account back.</summary>
    public async Task<Result<Person>> SetActiveAsync(Person person, bool? active, CancellationToken cancellationToken)
    {
        if (active == false && person.Status is AccountStatus.Active or AccountStatus.Invited or AccountStatus.PendingApproval)
        {
            await statuses.EndAccessAsync([person.Id], AccountStatus.Suspended, cancellationToken);
        }
        else if (active == true && person.Status is AccountStatus.Suspended or AccountStatus.Ended)
        {
            await statuses.ReactivateAsync(person, null, null, cancellationToken);
        }
        else
        {
            return person;
        }

        return await db.Users.AsNoTracking().FirstAsync(p => p.Id == person.Id, cancellationToken);
    }

    public static JsonObject ToResource(Person person, string baseUrl)
    {
        var resource = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimSchemas.User, ScimSchemas.EnterpriseUser),
            ["id"] = person.Id.ToString(),
            ["externalId"] = person.ExternalId,
            ["userName"] = person.UserName,
            ["active"] = person.Status is AccountStatus.Active or AccountStatus.Invited or AccountStatus.PendingApproval,
            ["displayName"] = person.DisplayName,
            ["name"] = new JsonObject { ["formatted"] = person.DisplayName, ["givenName"] = person.GivenName, ["familyName"] = person.FamilyName },
            ["title"] = person.Position,
            ["userType"] = person.EmploymentType.ToString(),
            ["preferredLanguage"] = PersonRules.ListOf(person.Languages) is [var first, ..] ? first : null,
            ["emails"] = person.Email is null ? new JsonArray() : new JsonArray(new JsonObject { ["value"] = person.Email, ["type"] = "work", ["primary"] = true }),
            [ScimSchemas.EnterpriseUser] = new JsonObject
            {
                ["employeeNumber"] = person.EmployeeId,
                ["department"] = person.Department,
                ["manager"] = person.ManagerId is { } manager ? new JsonObject { ["value"] = manager.ToString(), ["$ref"] = $"{baseUrl}/Users/{manager}" } : null,
            },
            ["meta"] = new JsonObject
            {
                ["resourceType"] = "User",
                ["created"] = person.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
                ["lastModified"] = (person.StatusChangedAt is { } changed && changed > person.CreatedAt ? changed : person.CreatedAt).ToString("O", CultureInfo.InvariantCulture),
                ["location"] = $"{baseUrl}/Users/{person.Id}",
                ["version"] = $"W/\"{person.ConcurrencyStamp}\"",
            },
        };
        return resource;
    }

    private async Task<Error?> ApplyAsync(Person person, ScimUserValues values, bool isNew, CancellationToken cancellationToken)
    {
        if (values.Has("username"))
        {
            if (values["username"] is not { } userName)
            {
                return ScimJson.InvalidValue("userName may not be removed.");
            }

            if (userName.StartsWith('~'))
            {
                // "~" marks the platform's own placeholders (invitations, erased people): no user name starts with it.
                return ScimJson.InvalidValue("userName may not start with '~'.");
            }

            person.UserName = userName;
            person.NormalizedUserName = userManager.NormalizeName(userName);
        }

        if (values.Has("emails"))
        {
            if (values["emails"] is { } email && !PersonRules.IsEmailAddress(email))
            {
                return ScimJson.InvalidValue($"'{email}' is not an e-mail address.");
            }

            person.Email = values["emails"];
            person.NormalizedEmail = person.Email is null ? null : userManager.NormalizeEmail(person.Email);
            person.EmailConfirmed = person.Email is not null;
        }

        Copy(values, "externalid", v => person.ExternalId = v);
        Copy(values, "name.givenname", v => person.GivenName = v);
        Copy(values, "name.familyname", v => person.FamilyName = v);
        Copy(values, "title", v => person.Position = v);
        Copy(values, "employeenumber", v => person.EmployeeId = v);
        Copy(values, "department", v => person.Department = v);
        if (values.Has("preferredlanguage"))
        {
            // "fr-FR" → "fr": the platform reads languages, not regions; the person's other languages stay.
            var language = values["preferredlanguage"]?.Split('-', '_')[0].ToLowerInvariant();
            var others = PersonRules.ListOf(person.Languages).Where(l => l != language);
            person.Languages = PersonRules.StoredLanguages(language is null ? [.. others] : [language, .. others]);
        }

        if (values.Has("usertype") && Enum.TryParse<EmploymentType>(values["usertype"], ignoreCase: true, out var type) && type != EmploymentType.External)
        {
            person.EmploymentType = type;
        }

        // The name as the directory gives it; a person always has one to be shown by.
        var displayName = values.Has("displayname") ? values["displayname"] : null;
        displayName ??= values["name.formatted"] ?? Joined(person.GivenName, person.FamilyName);
        if (displayName is not null || isNew)
        {
            person.DisplayName = Cut(displayName ?? person.UserName!, Person.DisplayNameMaxLength);
        }

        if (values.Has("manager"))
        {
            person.ManagerId = Guid.TryParse(values["manager"], out var managerId) && managerId != person.Id
                && await db.Users.AnyAsync(p => p.Id == managerId, cancellationToken) ? managerId : null;
        }

        if (values.Has("department") || isNew)
        {
            var tree = await trees.GetAsync(cancellationToken);
            var unit = person.Department is { } department ? tree.FindByName(department) : null;
            person.OrgUnitId = unit is { IsClosed: false } ? unit.Id : person.OrgUnitId ?? await context.DefaultOrgUnitAsync(cancellationToken);
        }

        return Lengths(person);
    }

    private async Task<Result<Person>> SaveAsync(Person person, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("person.taken", "Another account has this userName, e-mail or employeeNumber.");
        }

        await invalidation.InvalidateAsync(Credentials.PersonKey(person.Id), cancellationToken);
        return person;
    }

    private static void Copy(ScimUserValues values, string path, Action<string?> set)
    {
        if (values.Has(path))
        {
            set(values[path]);
        }
    }

    private static Error? Lengths(Person person) =>
        (person.UserName?.Length ?? 0) > Person.EmailMaxLength ? ScimJson.InvalidValue("userName is too long.")
        : (person.Email?.Length ?? 0) > Person.EmailMaxLength ? ScimJson.InvalidValue("the e-mail is too long.")
        : (person.Position?.Length ?? 0) > Person.PositionMaxLength ? ScimJson.InvalidValue("title is too long.")
        : (person.EmployeeId?.Length ?? 0) > Person.EmployeeIdMaxLength ? ScimJson.InvalidValue("employeeNumber is too long.")
        : new[] { person.ExternalId, person.GivenName, person.FamilyName, person.Department }.Any(v => v?.Length > Person.DirectoryFieldMaxLength)
            ? ScimJson.InvalidValue("externalId, name and department are at most 200 characters.")
            : null;

    private static string? Joined(string? given, string? family) =>
        string.Join(' ', new[] { given, family }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name ? name : null;

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
