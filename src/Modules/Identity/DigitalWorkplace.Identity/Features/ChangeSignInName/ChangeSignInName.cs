using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Features.ChangePassword;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.ChangeSignInName;

/// <summary>
/// Changes what one signs in with: one's handle, or one's e-mail address (either may stay; one must remain). Like a
/// password change it asks for the current password again (guesses throttled with it) and signs out every browser
/// session. Someone a directory manages (Entra ID, SCIM) changes it in the directory instead.
/// </summary>
/// <param name="UserName">The new handle; null leaves it.</param>
/// <param name="Email">The new e-mail; null leaves it, empty removes it.</param>
internal sealed record ChangeSignInName(string? CurrentPassword, string? UserName, string? Email) : ICommand<Result<Done>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator)
    {
        validator.Required("currentPassword", CurrentPassword, 256);
        PersonRules.Handle(validator, "userName", UserName);
        PersonRules.Email(validator, "email", Email);
        validator.That(UserName is not null || Email is not null, "userName", FieldError.Required());
    }
}

internal sealed class ChangeSignInNameHandler(
    IdentityModuleDbContext db, UserManager<Person> users, AccountStatusChanges statuses, SignInThrottle throttle, AuditTrail audit, ICurrentUser user, IHttpContextAccessor http)
    : ICommandHandler<ChangeSignInName, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(ChangeSignInName command, CancellationToken cancellationToken)
    {
        var person = await users.FindByIdAsync(user.PersonId.ToString());
        if (person is null)
        {
            return Error.NotFound("person.not_found");
        }

        if (person.ProvisionedBy is not null || person.ExternalId is not null)
        {
            return Error.Conflict("account.directory_managed", "Your directory (Microsoft Entra ID) manages how you sign in: change it there.");
        }

        var attempt = throttle.Begin(ChangePasswordHandler.ThrottleKey(person.Id), http.HttpContext?.Connection.RemoteIpAddress, fromKnownDevice: false);
        if (attempt.Wait is { } wait)
        {
            return Error.Unprocessable("password.throttled", $"Too many wrong passwords: try again in {Math.Ceiling(wait.TotalSeconds)} s.");
        }

        if (!await users.CheckPasswordAsync(person, command.CurrentPassword!))
        {
            audit.Record(db, "password.change-refused", Auditing.AuditSubjects.Person(person));
            await db.SaveChangesAsync(cancellationToken);
            return Error.Validation("currentPassword", FieldError.Rule("wrong_password", "is not your current password."));
        }

        throttle.Succeeded(attempt);
        if (command.UserName is { } handle)
        {
            person.UserName = PersonRules.NormalizeHandle(handle);
            person.NormalizedUserName = users.NormalizeName(person.UserName);
        }

        if (command.Email is { } email)
        {
            person.Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
            person.NormalizedEmail = person.Email is null ? null : users.NormalizeEmail(person.Email);
            // Typed by its owner, not proven theirs: nothing (an import) matches people by it until it is confirmed.
            person.EmailConfirmed = false;
            // The e-mail was also the user name: the user name follows it, or, removed, a handle must remain.
            if (person.UserName?.Contains('@', StringComparison.Ordinal) == true && command.UserName is null)
            {
                person.UserName = person.Email;
                person.NormalizedUserName = person.Email is null ? null : users.NormalizeName(person.Email);
            }
        }

        if (person.UserName is null)
        {
            return Error.Validation("email", FieldError.Rule("email_or_handle", "may not be removed: you need a handle first."));
        }

        if (await PeopleUniqueness.TakenAsync(db, users, person, cancellationToken) is { } taken)
        {
            return taken;
        }

        audit.RecordChanges(db, "sign-in-name.changed", Auditing.AuditSubjects.Person(person), db.Entry(person));
        person.SecurityStamp = Guid.NewGuid().ToString("N");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("person.taken", "An account with this e-mail address or user name already exists.");
        }

        await statuses.EndSessionsAsync(person.Id, cancellationToken);
        return Done.Value;
    }
}
