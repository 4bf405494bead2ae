using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalWorkplace.Search.Indexing;

/// <summary>Ready only when the index answers (the Lucene directory opens, or the Elasticsearch cluster replies).</summary>
internal sealed class SearchIndexHealthCheck(ISearchIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await index.IsHealthyAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The search index does not answer.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The search index does not answer.", ex);
        }
    }
}
