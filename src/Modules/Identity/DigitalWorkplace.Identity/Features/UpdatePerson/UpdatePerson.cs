using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.UpdatePerson;

/// <summary>The fields a merge patch may change; each is left out, set, or (where it may be empty) cleared with null.</summary>
internal sealed record PersonChanges(
    Patched<string> DisplayName,
    Patched<string> Email,
    Patched<string> UserName,
    Patched<string> Position,
    Patched<Guid?> OrgUnitId,
    Patched<Guid?> ManagerId,
    Patched<IReadOnlyList<string>> Languages,
    Patched<EmploymentType?> EmploymentType,
    Patched<string> EmployeeId,
    Patched<DateOnly?> StartDate,
    Patched<DateOnly?> EndDate,
    Patched<IReadOnlyList<string>> Tags);

/// <summary>Edits a person's profile and contract (not their status: suspend, end and reactivate do that, with their effects).</summary>
internal sealed record UpdatePerson(Guid PersonId, PersonChanges Changes) : ICommand<Result<PersonAccount>>, IValidatable
{
    public void Validate(Validator validator)
    {
        var changes = Changes;
        if (changes.DisplayName.IsSet)
        {
            validator.Required("displayName", changes.DisplayName.Value, Person.DisplayNameMaxLength);
        }

        PersonRules.Email(validator, "email", changes.Email.Value);
        validator.That(!changes.UserName.IsSet || changes.UserName.Value is not null, "userName", FieldError.Required());
        PersonRules.Handle(validator, "userName", changes.UserName.Value);
        validator.MaxLength("position", changes.Position.Value, Person.PositionMaxLength);
        validator.MaxLength("employeeId", changes.EmployeeId.Value, Person.EmployeeIdMaxLength);
        PersonRules.Languages(validator, "languages", changes.Languages.Value);
        PersonRules.Tags(validator, "tags", changes.Tags.Value);
        validator.That(!changes.EmploymentType.IsSet || changes.EmploymentType.Value is not null, "employmentType", FieldError.Required());
        validator.That(changes.ManagerId.Value != PersonId, "managerId", FieldError.Rule("self_manager", "cannot be the person themselves."));
    }
}

internal sealed class UpdatePersonAuthorizer(IdentityPolicy policy, Credentials credentials) : IAuthorizer<UpdatePerson>
{
    public async ValueTask<Error?> AuthorizeAsync(UpdatePerson message, ICurrentUser user, CancellationToken cancellationToken) =>
        await PersonAdministration.AuthorizeAsync(policy, credentials, user, message.PersonId, cancellationToken);
}

internal sealed class UpdatePersonHandler(AuditTrail audit, 
    IdentityModuleDbContext db, UserManager<Person> userManager, IdentityPolicy policy, AudienceMembership audiences, ICurrentUser user, ICacheInvalidation invalidation,
    TimeProvider clock)
    : ICommandHandler<UpdatePerson, Result<PersonAccount>>
{
    public async ValueTask<Result<PersonAccount>> Handle(UpdatePerson command, CancellationToken cancellationToken)
    {
        var person = await db.Users.FirstOrDefaultAsync(p => p.Id == command.PersonId, cancellationToken);
        if (person is null)
        {
            return Error.NotFound("person.not_found");
        }

        var changes = command.Changes;
        var validator = new Validator();
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        if (changes.OrgUnitId.IsSet && changes.OrgUnitId.Value != person.OrgUnitId)
        {
            var unit = scope.Tree.Find(changes.OrgUnitId.Value);
            validator.That(changes.OrgUnitId.Value is null || unit is { IsClosed: false }, "orgUnitId", FieldError.Rule("unknown_unit", "names no open org unit."));
            // Moving someone is administering both places: nobody hands a person to a unit they do not run.
            validator.That(unit is null || scope.ManagesPeopleAt(unit.Id), "orgUnitId", FieldError.Rule("not_managed", "is a unit you do not administer."));
            validator.That(changes.OrgUnitId.Value is not null || scope.ManagesPeopleAt(null), "orgUnitId", FieldError.Rule("not_managed", "is required: you administer people of your units only."));
        }

        if (changes.ManagerId is { IsSet: true, Value: { } managerId })
        {
            // A manager among the people the caller administers: anyone else is, for them, nobody.
            var manager = await db.Users.AsNoTracking().Where(p => p.Id == managerId).Select(p => new { p.OrgUnitId }).FirstOrDefaultAsync(cancellationToken);
            validator.That(manager is not null && scope.ManagesPeopleAt(manager.OrgUnitId), "managerId", FieldError.Rule("unknown_person", "names nobody."));
        }

        Apply(person, changes);
        validator.That(person.EndDate is null || person.StartDate is null || person.EndDate >= person.StartDate, "endDate",
            FieldError.Rule("before_start", "must not be before the start date."));
        validator.That(person.UserName is not null, "userName", FieldError.Rule("email_or_handle", "is required when there is no e-mail address."));
        if (!validator.IsValid)
        {
            return validator.ToError();
        }

        if (await db.Guests.AnyAsync(g => g.PersonId == person.Id, cancellationToken)
            && Invitations.GuestTermsCheck.ContractError(person, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) is { } guestContract)
        {
            return guestContract;
        }

        if (await PeopleUniqueness.TakenAsync(db, userManager, person, cancellationToken) is { } taken)
        {
            return taken;
        }

        person.NormalizedEmail = person.Email is null ? null : userManager.NormalizeEmail(person.Email);
        person.NormalizedUserName = userManager.NormalizeName(person.UserName);
        var unitName = scope.Tree.Find(person.OrgUnitId)?.Name;
        audit.RecordChanges(db, "person.updated", Auditing.AuditSubjects.Person(person), db.Entry(person));
        await audiences.StageAsync([person], cancellationToken);
        db.Publish(new PersonUpdatedIntegrationEvent(
            person.Id, person.DisplayName, person.EmploymentType, person.OrgUnitId, unitName, person.Position, person.StartDate, person.EndDate), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("person.taken", "An account with this e-mail address, user name or employee id already exists.");
        }

        await invalidation.InvalidateAsync(Credentials.PersonKey(person.Id), cancellationToken);
        return (await db.Users.Where(p => p.Id == person.Id).ToAccountsAsync(db, cancellationToken))[0];
    }

    private static void Apply(Person person, PersonChanges changes)
    {
        var previousEmail = person.Email;
        person.DisplayName = changes.DisplayName.Or(person.DisplayName)!.Trim();
        person.Email = changes.Email.IsSet ? Blank(changes.Email.Value) : person.Email;
        if (changes.UserName.IsSet)
        {
            person.UserName = PersonRules.NormalizeHandle(changes.UserName.Value!);
        }
        else if (person.UserName == previousEmail)
        {
            // An account that signs in with its e-mail keeps doing so at the new address (and needs a handle without one).
            person.UserName = person.Email;
        }

        person.EmailConfirmed = person.Email is not null;
        person.Position = changes.Position.IsSet ? Blank(changes.Position.Value) : person.Position;
        person.OrgUnitId = changes.OrgUnitId.Or(person.OrgUnitId);
        person.ManagerId = changes.ManagerId.Or(person.ManagerId);
        person.Languages = changes.Languages.IsSet ? PersonRules.StoredLanguages(changes.Languages.Value) : person.Languages;
        person.EmploymentType = changes.EmploymentType.Value ?? person.EmploymentType;
        person.EmployeeId = changes.EmployeeId.IsSet ? Blank(changes.EmployeeId.Value) : person.EmployeeId;
        person.StartDate = changes.StartDate.Or(person.StartDate);
        person.EndDate = changes.EndDate.Or(person.EndDate);
        person.Tags = changes.Tags.IsSet ? PersonRules.StoredTags(changes.Tags.Value) : person.Tags;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
