using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalWorkplace.Host.Startup;

internal static class HealthEndpoints
{
    public static IServiceCollection AddPlatformHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<ShutdownDrain>();
        services.AddHostedService(sp => sp.GetRequiredService<ShutdownDrain>());
        services.AddHealthChecks()
            .AddCheck<DatabasesHealthCheck>("databases", tags: ["ready"])
            .AddCheck<OutboxHealthCheck>("outbox", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: every database and the search index answer and the
    /// host is not shutting down (503 otherwise); dead letters make it "Degraded", still 200, so that one stuck message
    /// does not take a node out of rotation. The body says which check is what.
    /// </summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteReportAsync })
            .Add(endpoint =>
            {
                // Draining is not a failure to log: the probe answers 503 without running the checks.
                var checks = endpoint.RequestDelegate!;
                endpoint.RequestDelegate = context => context.RequestServices.GetRequiredService<ShutdownDrain>().IsDraining
                    ? WriteDrainingAsync(context)
                    : checks(context);
            });
    }

    private static Task WriteDrainingAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return WriteReportAsync(context, new HealthReport(
            new Dictionary<string, HealthReportEntry>(StringComparer.Ordinal)
            {
                ["host"] = new(HealthStatus.Unhealthy, "Shutting down: finishing the requests in flight.", TimeSpan.Zero, null, null),
            },
            TimeSpan.Zero));
    }

    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, JsonSerializerOptions.Web, context.RequestAborted);
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

/// <summary>Degraded while any module's outbox holds dead letters: an operator should look (<c>outbox dead-letters</c>).</summary>
internal sealed class OutboxHealthCheck(IEnumerable<IOutbox> outboxes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var dead = new List<string>();
        foreach (var outbox in outboxes)
        {
            if (await outbox.CountDeadLettersAsync(cancellationToken) is var count and > 0)
            {
                dead.Add($"{outbox.Module}: {count}");
            }
        }

        return dead.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"Dead letters ({string.Join(", ", dead)}): list them with `outbox dead-letters`, retry with `outbox retry`.");
    }
}
