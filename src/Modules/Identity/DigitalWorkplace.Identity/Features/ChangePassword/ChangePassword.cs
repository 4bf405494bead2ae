using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.ChangePassword;

/// <summary>
/// Changes one's own password. The current one is asked again (a session left open on a café's tablet is not enough),
/// guesses at it are throttled, and every browser session is signed out (the owner signs in again with the new one):
/// whoever knew the old password is out. Personal access tokens stay: they are revoked on their own.
/// </summary>
internal sealed record ChangePassword(string? CurrentPassword, string? NewPassword) : ICommand<Result<Done>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator)
    {
        validator.Required("currentPassword", CurrentPassword, 256);
        validator.Required("newPassword", NewPassword, 256);
        validator.That(NewPassword is null || NewPassword.Length >= PasswordPolicy.MinLength, "newPassword",
            FieldError.Rule("too_short", $"must be at least {PasswordPolicy.MinLength} characters.", new Dictionary<string, object> { ["min"] = PasswordPolicy.MinLength }));
    }
}

internal sealed class ChangePasswordHandler(AuditTrail audit, Data.IdentityModuleDbContext db, 
    UserManager<Person> users, AccountStatusChanges statuses, SignInThrottle throttle, ICurrentUser user, IHttpContextAccessor http)
    : ICommandHandler<ChangePassword, Result<Done>>
{
    /// <summary>Guesses at one's current password, whichever change asks for it (password, sign-in name), share one budget.</summary>
    public static string ThrottleKey(Guid personId) => "password-change:" + personId.ToString("N");

    public async ValueTask<Result<Done>> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var person = await users.FindByIdAsync(user.PersonId.ToString());
        if (person is null)
        {
            return Error.NotFound("person.not_found");
        }

        var attempt = throttle.Begin(ThrottleKey(person.Id), http.HttpContext?.Connection.RemoteIpAddress, fromKnownDevice: false);
        if (attempt.Wait is { } wait)
        {
            return Error.Unprocessable("password.throttled", $"Too many wrong passwords: try again in {Math.Ceiling(wait.TotalSeconds)} s.");
        }

        // Staged before the change, so Identity's save of the new password saves the entry with it (and a refusal, nothing).
        audit.Record(db, "password.changed", Auditing.AuditSubjects.Person(person));
        var changed = await users.ChangePasswordAsync(person, command.CurrentPassword!, command.NewPassword!);
        if (!changed.Succeeded)
        {
            db.ChangeTracker.Clear();
            if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                // A wrong current password on a signed-in session: someone else at the keyboard, perhaps.
                audit.Record(db, "password.change-refused", Auditing.AuditSubjects.Person(person));
                await db.SaveChangesAsync(cancellationToken);
                return Error.Validation("currentPassword", FieldError.Rule("wrong_password", "is not your current password."));
            }

            return Error.Validation("newPassword", FieldError.Rule(changed.Errors.First().Code, changed.Errors.First().Description));
        }

        throttle.Succeeded(attempt);
        // Every browser session goes, this one too: whoever knew the old password is out, and the owner signs in anew.
        await statuses.EndSessionsAsync(person.Id, cancellationToken);
        return Done.Value;
    }
}
