using System.Net.Mail;
using System.Security.Cryptography;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Identity.Features.Organization;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.CreatePerson;

/// <summary>Creates a local account. Without a password, a strong one is generated and returned this once.</summary>
internal sealed record CreatePerson(
    string? Email,
    string? DisplayName,
    string? Password,
    EmploymentType EmploymentType,
    bool IsAdministrator = false,
    string? OrgUnitName = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null) : ICommand<Result<CreatedPerson>>, IValidatable
{
    public void Validate(Validator validator)
    {
        validator.Required("email", Email, Person.EmailMaxLength);
        if (!string.IsNullOrWhiteSpace(Email))
        {
            validator.That(IsEmailAddress(Email.Trim()), "email", FieldError.InvalidEmail());
        }

        validator.Required("displayName", DisplayName, Person.DisplayNameMaxLength);
        if (Password is not null)
        {
            validator.That(Password.Length >= PasswordPolicy.MinLength, "password", FieldError.TooShort(PasswordPolicy.MinLength));
            validator.MaxLength("password", Password, 256);
        }

        validator.That(Enum.IsDefined(EmploymentType), "employmentType", FieldError.OneOf(Enum.GetNames<EmploymentType>()));
        validator.MaxLength("orgUnitName", OrgUnitName, OrgUnit.NameMaxLength);
        validator.That(EndDate is null || StartDate is null || EndDate >= StartDate, "endDate", FieldError.Rule("before_start", "must not be before the start date."));
    }

    private static bool IsEmailAddress(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('@', StringComparison.Ordinal);
}

internal sealed record CreatedPerson(
    Guid Id, string DisplayName, string Email, EmploymentType EmploymentType, string? OrgUnitName, DateOnly? StartDate, DateOnly? EndDate,
    bool IsAdministrator, string? GeneratedPassword)
{
    public PersonSummary ToSummary() => new(Id, DisplayName, Email, EmploymentType, OrgUnitName, StartDate);
}

/// <summary>Accounts are created by administrators only (the CLI and the demo seed act as one).</summary>
internal sealed class CreatePersonAuthorizer : IAuthorizer<CreatePerson>
{
    public ValueTask<Error?> AuthorizeAsync(CreatePerson message, ICurrentUser user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(user.IsAdministrator ? null : Error.Forbidden("person.create_forbidden", "Only administrators may create accounts."));
}

internal sealed class CreatePersonHandler(IdentityModuleDbContext db, UserManager<Person> userManager, TimeProvider clock)
    : ICommandHandler<CreatePerson, Result<CreatedPerson>>
{
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public async ValueTask<Result<CreatedPerson>> Handle(CreatePerson command, CancellationToken cancellationToken)
    {
        var generated = command.Password is null ? RandomNumberGenerator.GetString(PasswordAlphabet, 20) : null;
        try
        {
            return await CreateAsync(command, generated, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Lost a race between the checks and the insert: to the same email (a conflict), or to the same new
            // org unit, which now exists, so one more attempt links the person to it.
            db.ChangeTracker.Clear();
            return await EmailTakenAsync(command.Email!.Trim(), cancellationToken) ? EmailTaken() : await CreateAsync(command, generated, cancellationToken);
        }
    }

    private async Task<Result<CreatedPerson>> CreateAsync(CreatePerson command, string? generated, CancellationToken cancellationToken)
    {
        var email = command.Email!.Trim();
        var person = new Person
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = command.DisplayName!.Trim(),
            EmploymentType = command.EmploymentType,
            StartDate = command.StartDate,
            EndDate = command.EndDate,
            CreatedAt = clock.GetUtcNow(),
        };

        var unitName = string.IsNullOrWhiteSpace(command.OrgUnitName) ? null : command.OrgUnitName.Trim();
        if (unitName is not null)
        {
            person.OrgUnitId = (await OrgUnits.FindOrAddAsync(db, unitName, OrgUnitKind.Location, parentId: null, cancellationToken)).Id;
        }

        if (command.IsAdministrator)
        {
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = person.Id, RoleId = AdministratorRole.Id });
        }

        // Tracked now, so the user manager's single SaveChanges writes the person, their role, their unit and the event together.
        db.Publish(new PersonRegisteredIntegrationEvent(person.Id, person.DisplayName, person.EmploymentType, unitName, person.StartDate), clock);
        var created = await userManager.CreateAsync(person, command.Password ?? generated!);
        if (!created.Succeeded)
        {
            db.ChangeTracker.Clear();
            return ToError(created.Errors);
        }

        return new CreatedPerson(
            person.Id, person.DisplayName, email, person.EmploymentType, unitName, person.StartDate, person.EndDate, command.IsAdministrator, generated);
    }

    private async Task<bool> EmailTakenAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = userManager.NormalizeEmail(email);
        return await db.Users.AnyAsync(p => p.NormalizedEmail == normalized, cancellationToken);
    }

    private static Error EmailTaken() => Error.Conflict("person.email_taken", "An account with this email address already exists.");

    private static Error ToError(IEnumerable<IdentityError> errors)
    {
        var list = errors.ToList();
        if (list.Exists(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return EmailTaken();
        }

        var fields = list
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password"
                : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email"
                : "account")
            .ToDictionary(g => g.Key, g => g.Select(e => FieldError.Rule(e.Code, e.Description)).ToArray(), StringComparer.Ordinal);
        return Error.Validation(fields);
    }
}
