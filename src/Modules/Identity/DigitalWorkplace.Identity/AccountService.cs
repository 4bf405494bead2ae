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
    IdentityModuleDbContext db) : IAccountService
{
    private static readonly Error SignInFailed =
        new(ErrorKind.Unauthorized, "account.sign_in_failed", "The email address or the password is incorrect.");

    public async Task<Result<PersonSummary>> SignInAsync(string email, string password, bool remember, CancellationToken cancellationToken)
    {
        var result = await signInManager.PasswordSignInAsync(email.Trim(), password, remember, lockoutOnFailure: false);
        if (!result.Succeeded)
        {
            return SignInFailed;
        }

        var normalized = userManager.NormalizeEmail(email.Trim());
        var person = await db.Users.AsNoTracking().Where(p => p.NormalizedEmail == normalized).ToSummaries(db).FirstAsync(cancellationToken);
        return person;
    }

    public Task SignOutAsync() => signInManager.SignOutAsync();

    public async Task<Result<PersonSummary>> CreateAccountAsync(NewAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var created = await sender.Send(
            new CreatePerson(account.Email, account.DisplayName, account.Password, account.EmploymentType, account.IsAdministrator, account.OrgUnitName, account.StartDate, account.EndDate),
            cancellationToken);
        return created.IsSuccess ? created.Value!.ToSummary() : created.Error!;
    }

    public async Task<Result<CreatedToken>> CreateTokenAsync(string email, string name, CancellationToken cancellationToken)
    {
        var normalized = userManager.NormalizeEmail(email.Trim());
        var personId = await db.Users.Where(p => p.NormalizedEmail == normalized).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        return personId is null
            ? Error.NotFound("person.not_found")
            : await sender.Send(new CreateAccessToken(personId, name, ExpiresInDays: null), cancellationToken);
    }
}
