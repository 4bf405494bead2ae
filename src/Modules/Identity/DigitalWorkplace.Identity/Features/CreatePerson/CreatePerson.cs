using System.Security.Cryptography;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.CreatePerson;

/// <summary>
/// Creates an active local account. E-mail is optional: without one, the person signs in with <see cref="UserName"/>, a
/// handle. Without a password, a strong one is generated and returned this once.
/// </summary>
/// <param name="OrgUnitName">The unit by name, for scripts and the CLI; <see cref="OrgUnitId"/> wins when both are sent.</param>
internal sealed record CreatePerson(
    string? Email,
    string? DisplayName,
    string? Password,
    EmploymentType EmploymentType,
    bool IsAdministrator = false,
    string? OrgUnitName = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    string? UserName = null,
    Guid? OrgUnitId = null,
    string? Position = null,
    string? EmployeeId = null,
    IReadOnlyList<string>? Languages = null,
    IReadOnlyList<string>? Tags = null) : ICommand<Result<CreatedPerson>>, IValidatable
{
    public void Validate(Validator validator)
    {
        PersonRules.Email(validator, "email", Email);
        PersonRules.Handle(validator, "userName", UserName);
        validator.That(!string.IsNullOrWhiteSpace(Email) || !string.IsNullOrWhiteSpace(UserName), "userName",
            FieldError.Rule("email_or_handle", "is required when there is no e-mail address."));
        validator.Required("displayName", DisplayName, Person.DisplayNameMaxLength);
        if (Password is not null)
        {
            validator.That(Password.Length >= PasswordPolicy.MinLength, "password", FieldError.TooShort(PasswordPolicy.MinLength));
            validator.MaxLength("password", Password, 256);
        }

        validator.That(Enum.IsDefined(EmploymentType), "employmentType", FieldError.OneOf(Enum.GetNames<EmploymentType>()));
        validator.MaxLength("orgUnitName", OrgUnitName, OrgUnit.NameMaxLength);
        validator.MaxLength("position", Position, Person.PositionMaxLength);
        validator.MaxLength("employeeId", EmployeeId, Person.EmployeeIdMaxLength);
        PersonRules.Languages(validator, "languages", Languages);
        PersonRules.Tags(validator, "tags", Tags);
        validator.That(EndDate is null || StartDate is null || EndDate >= StartDate, "endDate", FieldError.Rule("before_start", "must not be before the start date."));
    }

    /// <summary>The unit the person is placed in, when it exists.</summary>
    public OrgUnitNode? UnitIn(OrgTree tree) =>
        OrgUnitId is { } id ? tree.Find(id) : string.IsNullOrWhiteSpace(OrgUnitName) ? null : tree.FindByName(OrgUnitName.Trim());

    public bool NamesUnit => OrgUnitId is not null || !string.IsNullOrWhiteSpace(OrgUnitName);
}

internal sealed record CreatedPerson(
    Guid Id, string DisplayName, string? Email, string UserName, EmploymentType EmploymentType, string? OrgUnitName, DateOnly? StartDate, DateOnly? EndDate,
    bool IsAdministrator, string? GeneratedPassword)
{
    public PersonSummary ToSummary() => new(Id, DisplayName, Email, EmploymentType, OrgUnitName, StartDate);
}

/// <summary>People are created by those who administer the unit they join; administrators by a platform administrator.</summary>
internal sealed class CreatePersonAuthorizer(IdentityPolicy policy) : IAuthorizer<CreatePerson>
{
    public async ValueTask<Error?> AuthorizeAsync(CreatePerson message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var unit = message.UnitIn(scope.Tree);
        var field = message.OrgUnitId is null ? "orgUnitName" : "orgUnitId";
        // An unknown unit is the handler's 400 for whoever administers someone; the others learn nothing from it.
        var refused = message.NamesUnit && unit is null
            ? scope.ManagesAnyone ? null : Error.Forbidden("person.create_forbidden", "You may not create accounts.")
            : scope.PlacementError(unit?.Id, field);
        if (refused is null && message.IsAdministrator && !scope.MayGrant(PlatformRole.PlatformAdmin, null))
        {
            return Error.Forbidden("person.create_forbidden", "Only platform administrators create administrators.");
        }

        return refused;
    }
}

internal sealed class CreatePersonHandler(AuditTrail audit, IdentityModuleDbContext db, UserManager<Person> userManager, OrgTreeCache trees, AudienceMembership audiences, TimeProvider clock)
    : ICommandHandler<CreatePerson, Result<CreatedPerson>>
{
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public async ValueTask<Result<CreatedPerson>> Handle(CreatePerson command, CancellationToken cancellationToken)
    {
        var unit = command.UnitIn(await trees.GetAsync(cancellationToken));
        if (command.NamesUnit && unit is null)
        {
            return Error.Validation(command.OrgUnitId is null ? "orgUnitName" : "orgUnitId", FieldError.Rule("unknown_unit", "names no org unit."));
        }

        var generated = command.Password is null ? RandomNumberGenerator.GetString(PasswordAlphabet, 20) : null;
        try
        {
            return await CreateAsync(command, unit, generated, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Lost a race between the checks and the insert, to the same e-mail, handle or employee id.
            db.ChangeTracker.Clear();
            return Taken();
        }
    }

    private async Task<Result<CreatedPerson>> CreateAsync(CreatePerson command, OrgUnitNode? unit, string? generated, CancellationToken cancellationToken)
    {
        var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
        var now = clock.GetUtcNow();
        var person = new Person
        {
            UserName = string.IsNullOrWhiteSpace(command.UserName) ? email : PersonRules.NormalizeHandle(command.UserName),
            Email = email,
            EmailConfirmed = email is not null,
            DisplayName = command.DisplayName!.Trim(),
            EmploymentType = command.EmploymentType,
            Status = AccountStatus.Active,
            StatusChangedAt = now,
            OrgUnitId = unit?.Id,
            Position = string.IsNullOrWhiteSpace(command.Position) ? null : command.Position.Trim(),
            EmployeeId = string.IsNullOrWhiteSpace(command.EmployeeId) ? null : command.EmployeeId.Trim(),
            Languages = PersonRules.StoredLanguages(command.Languages),
            Tags = PersonRules.StoredTags(command.Tags),
            StartDate = command.StartDate,
            EndDate = command.EndDate,
            CreatedAt = now,
        };

        if (await PeopleUniqueness.TakenAsync(db, userManager, person, cancellationToken) is { } taken)
        {
            return taken;
        }

        if (command.IsAdministrator)
        {
            db.RoleGrants.Add(new RoleGrant { PersonId = person.Id, Role = PlatformRole.PlatformAdmin, GrantedAt = now });
        }

        await audiences.StageAsync([person], cancellationToken);
        // Tracked now, so the user manager's single SaveChanges writes the person, their role, audiences and the events together.
        db.Publish(new PersonRegisteredIntegrationEvent(person.Id, person.DisplayName, person.EmploymentType, unit?.Name, person.StartDate), clock);
        audit.RecordChanges(db, "person.created", Auditing.AuditSubjects.Person(person), db.Entry(person));
        var created = await userManager.CreateAsync(person, command.Password ?? generated!);
        if (!created.Succeeded)
        {
            db.ChangeTracker.Clear();
            return ToError(created.Errors);
        }

        return new CreatedPerson(
            person.Id, person.DisplayName, email, person.UserName!, person.EmploymentType, unit?.Name, person.StartDate, person.EndDate, command.IsAdministrator, generated);
    }

    private static Error Taken() => Error.Conflict("person.taken", "An account with this e-mail address, user name or employee id already exists.");

    private static Error ToError(IEnumerable<IdentityError> errors)
    {
        var list = errors.ToList();
        if (list.Exists(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return Taken();
        }

        var fields = list
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password"
                : e.Code.Contains("Email", StringComparison.Ordinal) ? "email"
                : e.Code.Contains("UserName", StringComparison.Ordinal) ? "userName"
                : "account")
            .ToDictionary(g => g.Key, g => g.Select(e => FieldError.Rule(e.Code, e.Description)).ToArray(), StringComparer.Ordinal);
        return Error.Validation(fields);
    }
}
