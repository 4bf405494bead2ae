using DigitalWorkplace.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Authentication;

/// <summary>
/// Identity asks this before any sign-in (with <c>SignIn.RequireConfirmedAccount</c>): only an active account whose last
/// day has not passed may sign in — not an invited, pending, suspended or ended one, nor a seasonal worker after the season.
/// </summary>
internal sealed class ActiveAccountConfirmation(TimeProvider clock) : IUserConfirmation<Person>
{
    public Task<bool> IsConfirmedAsync(UserManager<Person> manager, Person user) =>
        Task.FromResult(user.IsUsableOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
}
