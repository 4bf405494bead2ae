using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>Reads the module's database directly, to check what was (not) written.</summary>
internal static class IdentityTestData
{
    public static async Task<T> ReadAsync<T>(this PlatformFactory platform, Func<IdentityModuleDbContext, Task<T>> read)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>());
    }

    public static string UniqueEmail(string name = "someone") => $"{name}-{Guid.NewGuid():N}@test.example";

    /// <summary>A new location (under a franchisee of the "Acme" organization), named uniquely after <paramref name="name"/>.</summary>
    public static async Task<string> CreateLocationAsync(this PlatformFactory platform, string name, string franchisee = "Acme franchisee")
    {
        var unique = $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];
        await platform.AsAsync(null, async sp =>
        {
            var organization = sp.GetRequiredService<IOrganizationService>();
            await organization.EnsureOrgUnitAsync(franchisee, OrgUnitKind.Franchisee, "Acme", CancellationToken.None);
            return await organization.EnsureOrgUnitAsync(unique, OrgUnitKind.Location, franchisee, CancellationToken.None);
        });
        return unique;
    }
}
