using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Features.CreateAccessToken;
using DigitalWorkplace.Identity.Features.CreatePerson;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity;

/// <summary>Implements <see cref="IAccountService"/> by sending the module's requests, so the API and the UI behave alike.</summary>
internal sealed class AccountService(
    ISender sender,
    SignInManager<Person> signInManager,
    UserManager<Person> userManager,
    IdentityModuleDbContext db,
    Auditing.SignInAudit signIns,
    ICurrentUser user) : IAccountService
{
    private static readonly Error SignInFailed =
        new(ErrorKind.Unauthorized, "account.sign_in_failed", "The account or the password is incorrect.");

    private static readonly Person UnknownAccount = new() { DisplayName = "unknown" };

    private static readonly Lazy<string> UnknownAccountHash =
        new(() => new PasswordHasher<Person>().HashPassword(UnknownAccount, Guid.NewGuid().ToString()));

    public async Task<Result<PersonSummary>> SignInAsync(string userName, string password, bool remember, CancellationToken cancellationToken)
    {
        var person = await FindAsync(userName, cancellationToken);
        if (person is null)
        {
            // Hash the password anyway, so that an unknown account answers as slowly as a wrong password.
            userManager.PasswordHasher.VerifyHashedPassword(UnknownAccount, UnknownAccountHash.Value, password);
            await signIns.RecordAsync(Auditing.SignInAudit.Failed, null, cancellationToken);
            return SignInFailed;
        }

        var result = await signInManager.PasswordSignInAsync(person, password, remember, lockoutOnFailure: false);
        if (result.RequiresTwoFactor)
        {
            // The password was right: Identity keeps who is half-way in a short-lived cookie until their code comes.
            return Error.Unprocessable(CodeRequired, "The password is right; the authenticator app's code is needed too.");
        }

        if (!result.Succeeded)
        {
            await signIns.RecordAsync(Auditing.SignInAudit.Failed, person, cancellationToken);
            return SignInFailed;
        }

        await signIns.RecordAsync(Auditing.SignInAudit.Succeeded, person, cancellationToken);

        return await db.Users.AsNoTracking().Where(p => p.Id == person!.Id).ToSummaries(db).FirstAsync(cancellationToken);
    }

    /// <summary>The error code of a sign-in that needs the second factor next.</summary>
    public const string CodeRequired = "signin.code_required";

    public async Task SignOutAsync()
    {
        if (user.IsAuthenticated && await db.Users.FirstOrDefaultAsync(p => p.Id == user.PersonId) is { } person)
        {
            await signIns.RecordAsync(Auditing.SignInAudit.SignedOut, person, CancellationToken.None);
        }

        await signInManager.SignOutAsync();
    }

    public async Task<Result<Done>> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ChangePassword.ChangePassword(currentPassword, newPassword), cancellationToken);

    public async Task<Result<Done>> ChangeSignInNameAsync(string currentPassword, string? userName, string? email, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ChangeSignInName.ChangeSignInName(currentPassword, userName, email), cancellationToken);

    public async Task<Result<PersonSummary>> CreateAccountAsync(NewAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var created = await sender.Send(
            new CreatePerson(account.Email, account.DisplayName, account.Password, account.EmploymentType, account.IsAdministrator, account.OrgUnitName, account.StartDate, account.EndDate),
            cancellationToken);
        return created.IsSuccess ? created.Value!.ToSummary() : created.Error!;
    }

    public async Task<Result<CreatedToken>> CreateTokenAsync(string userName, string name, CancellationToken cancellationToken)
    {
        var person = await FindAsync(userName, cancellationToken);
        return person is null
            ? Error.NotFound("person.not_found")
            : await sender.Send(new CreateAccessToken(person.Id, name, ExpiresInDays: null), cancellationToken);
    }

    /// <summary>The person who signs in with that user name (a handle, or an e-mail address), or whose e-mail it is.</summary>
    private async Task<Person?> FindAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = userManager.NormalizeName(userName.Trim());
        return await db.Users.FirstOrDefaultAsync(p => p.NormalizedUserName == normalized, cancellationToken)
            ?? await db.Users.FirstOrDefaultAsync(p => p.NormalizedEmail == normalized, cancellationToken);
    }
}
