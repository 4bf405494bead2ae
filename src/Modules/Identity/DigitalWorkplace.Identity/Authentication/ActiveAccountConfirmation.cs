using DigitalWorkplace.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Authentication;

/// <summary>
/// Identity asks this before any sign-in (with <c>SignIn.RequireConfirmedAccount</c>): an account whose end date has
/// passed — a seasonal worker after the season — may no longer sign in.
/// </summary>
internal sealed class ActiveAccountConfirmation(TimeProvider clock) : IUserConfirmation<Person>
{
    public Task<bool> IsConfirmedAsync(UserManager<Person> manager, Person user) =>
        Task.FromResult(!user.IsExpiredOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
}
