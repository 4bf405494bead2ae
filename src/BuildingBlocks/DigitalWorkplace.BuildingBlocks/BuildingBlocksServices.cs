using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Mail;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Security;
using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.BuildingBlocks.Translation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.BuildingBlocks;

public static class BuildingBlocksServices
{
    /// <summary>What every module relies on: the clock, the current user and the outbox machinery.</summary>
    public static IServiceCollection AddBuildingBlocks(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.TryAddScoped<CurrentUser>();
        services.TryAddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.TryAddScoped<Auditing.AuditTrail>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<Persistence.OrganizationArchive>();
        services.TryAddSingleton<OutboxInterceptor>();
        services.TryAddSingleton<IntegrationEventRegistry>();
        services.TryAddSingleton<MessagingMetrics>();
        services.AddMetrics();
        services.TryAddSingleton<MarkdownRenderer>();
        services.TryAddSingleton<Storage.IFileStore, Storage.DiskFileStore>();
        services.AddMemoryCache();
        services.TryAddSingleton<CacheInvalidation>();
        services.TryAddSingleton<ICacheInvalidation>(sp => sp.GetRequiredService<CacheInvalidation>());
        services.TryAddSingleton<StampedCache>();
        services.AddTranslation(configuration);
        services.AddMail(configuration);
        if (configuration["Redis"] is { Length: > 0 } redis)
        {
            services.TryAddSingleton(_ => new RedisConnection(redis));
            services.AddHostedService<RedisInvalidationRelay>();
        }
        return services;
    }
}
