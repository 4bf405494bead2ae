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
}
