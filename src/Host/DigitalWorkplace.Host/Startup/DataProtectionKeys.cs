using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.DataProtection;
using DigitalWorkplace.BuildingBlocks.Caching;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;

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
        if (configuration["Redis"] is { Length: > 0 })
        {
            // On the process's one Redis connection (registered by the building blocks), opened when the keys are first needed.
            services.AddOptions<KeyManagementOptions>().Configure<RedisConnection>((keys, redis) =>
                keys.XmlRepository = new RedisXmlRepository(() => redis.Multiplexer.GetDatabase(), "dw:data-protection-keys"));
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(database.DataDirectory, "keys")));
        }

        return services;
    }
}
