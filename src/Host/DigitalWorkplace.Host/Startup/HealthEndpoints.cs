using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalWorkplace.Host.Startup;

internal static class HealthEndpoints
{
    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: every database and the search index answer.</summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}

/// <summary>Ready only when every module's database accepts a connection.</summary>
internal sealed class DatabasesHealthCheck(IEnumerable<IModuleDatabase> databases, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var down = new List<string>();
        foreach (var database in databases)
        {
            if (!await database.CanConnectAsync(services, cancellationToken))
            {
                down.Add(database.Module);
            }
        }

        return down.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"Unreachable: {string.Join(", ", down)}");
    }
}
