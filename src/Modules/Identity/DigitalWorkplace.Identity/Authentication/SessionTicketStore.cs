using System.Security.Claims;
using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Authentication;

/// <summary>
/// Keeps browser sessions on the server (the cookie holds only the session's key): signing out deletes the row, so a
/// copy of the cookie — stolen, or left in another tab — stops working at once, on every node. Answers come from
/// <see cref="Credentials"/>, so a request costs no query.
/// </summary>
internal sealed class SessionTicketStore(IServiceScopeFactory scopes, Credentials credentials, ICacheInvalidation invalidation, TimeProvider clock) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = Guid.NewGuid().ToString("N");
        var personId = PersonOf(ticket);
        var now = clock.GetUtcNow();
        await WithDbAsync(async db =>
        {
            // Each sign-in also forgets the person's sessions that have run out.
            await db.Sessions.Where(s => s.PersonId == personId && s.ExpiresAt < now).ExecuteDeleteAsync();
            db.Sessions.Add(new SignInSession
            {
                Key = key,
                PersonId = personId,
                Ticket = TicketSerializer.Default.Serialize(ticket),
                CreatedAt = now,
                ExpiresAt = ticket.Properties.ExpiresUtc,
            });
            await db.SaveChangesAsync();
        });
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var serialized = TicketSerializer.Default.Serialize(ticket);
        var expires = ticket.Properties.ExpiresUtc;
        await WithDbAsync(db => db.Sessions.Where(s => s.Key == key)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Ticket, serialized).SetProperty(s => s.ExpiresAt, expires)));
        await invalidation.InvalidateAsync(Credentials.SessionKey(key), CancellationToken.None);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (await credentials.ValidSessionAsync(key, CancellationToken.None) is not { } session)
        {
            return null;
        }

        var ticket = TicketSerializer.Default.Deserialize(session.Ticket);
        // The credential travels with the principal, so that long-lived connections can ask whether it still holds.
        (ticket?.Principal.Identity as ClaimsIdentity)?.AddClaim(Credentials.SessionCredential(key));
        return ticket;
    }

    public async Task RemoveAsync(string key)
    {
        await WithDbAsync(db => db.Sessions.Where(s => s.Key == key).ExecuteDeleteAsync());
        await invalidation.InvalidateAsync(Credentials.SessionKey(key), CancellationToken.None);
    }

    private static Guid PersonOf(AuthenticationTicket ticket) =>
        BuildingBlocks.Security.PlatformClaims.PersonIdOf(ticket.Principal) ?? throw new InvalidOperationException("A session ticket without a person.");

    private async Task WithDbAsync(Func<IdentityModuleDbContext, Task> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>());
    }
}

/// <summary>Points the application cookie at the session store once the container exists.</summary>
internal sealed class UseSessionStore(SessionTicketStore store) : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
        {
            options.SessionStore = store;
        }
    }
}
