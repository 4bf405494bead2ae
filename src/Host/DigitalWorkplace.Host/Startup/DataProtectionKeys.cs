using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace DigitalWorkplace.Host.Startup;

internal static class DataProtectionKeys
{
    /// <summary>
    /// The keys that protect cookies and antiforgery tokens. With several nodes (<c>Redis</c> set) they live in Redis, so a
    /// cookie issued by one node is read by all; otherwise under the data directory, so that <c>./data</c> holds everything
    /// a single node needs and a restart keeps people signed in.
    /// </summary>
    public static IServiceCollection AddPlatformDataProtection(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var protection = services.AddDataProtection().SetApplicationName("DigitalWorkplace");
        if (configuration["Redis"] is { Length: > 0 } redis)
        {
            var options = ConfigurationOptions.Parse(redis);
            options.AbortOnConnectFail = false;
            // One connection for the process, opened when the keys are first needed.
            var connection = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
            protection.PersistKeysToStackExchangeRedis(() => connection.Value.GetDatabase(), "dw:data-protection-keys");
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(database.DataDirectory, "keys")));
        }

        return services;
    }
}
