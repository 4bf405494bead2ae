using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Security;
using DigitalWorkplace.BuildingBlocks.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.BuildingBlocks;

public static class BuildingBlocksServices
{
    /// <summary>What every module relies on: the clock, the current user and the outbox machinery.</summary>
    public static IServiceCollection AddBuildingBlocks(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.TryAddScoped<CurrentUser>();
        services.TryAddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxSignalInterceptor>();
        services.TryAddSingleton<IntegrationEventRegistry>();
        services.TryAddSingleton<MarkdownRenderer>();
        return services;
    }
}
