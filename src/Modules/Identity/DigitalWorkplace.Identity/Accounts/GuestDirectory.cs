using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Accounts;

/// <summary>Guests' boundaries for the other modules, from the person's cached status.</summary>
internal sealed class GuestDirectory(Credentials credentials) : IGuestAccess
{
    public async Task<GuestScope?> ScopeOfAsync(Guid personId, CancellationToken cancellationToken) =>
        (await credentials.PersonAsync(personId, cancellationToken))?.Guest;
}
