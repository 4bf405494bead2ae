using System.Threading.Channels;
using DigitalWorkplace.BuildingBlocks.Auditing;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.Identity.Imports;

/// <summary>
/// Runs accepted imports in the background, a batch of rows per transaction, reporting progress as it goes. A node that
/// stops in the middle leaves its import's heartbeat to go stale; any node then claims it and runs it again from the
/// start — the upsert is idempotent, so the rows already written are simply unchanged.
/// </summary>
internal sealed partial class PeopleImportRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PeopleImportRunner> logger) : BackgroundService
{
    public const int BatchSize = 500;

    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private readonly Channel<Guid> _queue = Channel.CreateUnbounded<Guid>();

    public void Enqueue(Guid importId) => _queue.Writer.TryWrite(importId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var stale in await ClaimStaleAsync(stoppingToken))
                {
                    await RunAsync(stale, stoppingToken);
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(Lease / 2);
                var next = await _queue.Reader.ReadAsync(wait.Token);
                await RunAsync(next, stoppingToken);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // Half a lease without news: look for imports another node left behind.
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
    }

    private async Task<List<Guid>> ClaimStaleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        var staleBefore = clock.GetUtcNow() - Lease;
        var stale = await db.Imports.Where(i => i.Status == ImportStatus.Running && i.HeartbeatAt < staleBefore).Select(i => i.Id).ToListAsync(cancellationToken);
        var claimed = new List<Guid>();
        foreach (var id in stale)
        {
            // Only one node wins each: the update counts only while the heartbeat is still the stale one.
            if (await db.Imports.Where(i => i.Id == id && i.HeartbeatAt < staleBefore)
                    .ExecuteUpdateAsync(i => i.SetProperty(x => x.HeartbeatAt, clock.GetUtcNow()), cancellationToken) == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    private async Task RunAsync(Guid importId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<IdentityModuleDbContext>();
        var import = await db.Imports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId && i.Status == ImportStatus.Running, cancellationToken);
        if (import is null)
        {
            return;
        }

        var scopeOfCreator = await services.GetRequiredService<IdentityPolicy>().ScopeOfAsync(import.CreatedBy, import.CreatedByPlatformAdmin, cancellationToken);
        var (rows, _) = PeopleCsv.Parse(import.Source);
        var plan = await services.GetRequiredService<ImportPlanner>().PlanAsync(rows, scopeOfCreator, cancellationToken);
        if (plan.Any(r => r.Report.Action == ImportAction.Error))
        {
            // Something changed since it was checked (a location closed): stop before writing more.
            await FinishAsync(services, import, ImportStatus.Failed, 0, cancellationToken);
            return;
        }

        var executor = services.GetRequiredService<ImportExecutor>();
        var done = 0;
        foreach (var batch in plan.Chunk(BatchSize))
        {
            await executor.ExecuteAsync(batch, import.CreatedBy, cancellationToken);
            done += batch.Length;
            await db.Imports.Where(i => i.Id == importId)
                .ExecuteUpdateAsync(i => i.SetProperty(x => x.Processed, done).SetProperty(x => x.HeartbeatAt, clock.GetUtcNow()), cancellationToken);
        }

        await FinishAsync(services, import, ImportStatus.Completed, done, cancellationToken);
        LogCompleted(logger, importId, done);
    }

    // The status and its audit entry together, on behalf of whoever started the import.
    private async Task FinishAsync(IServiceProvider services, PeopleImport import, ImportStatus status, int rows, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IdentityModuleDbContext>();
        services.GetRequiredService<AuditTrail>().Record(
            db, status == ImportStatus.Completed ? "import.completed" : "import.failed", Auditing.AuditSubjects.Import(import),
            after: AuditTrail.Fields(("rows", rows)), actorId: import.CreatedBy);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Imports.Where(i => i.Id == import.Id)
            // The uploaded file is needed only to resume: once done, its people's rows are not kept twice (the report stays).
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.Status, status).SetProperty(x => x.FinishedAt, clock.GetUtcNow()).SetProperty(x => x.Source, ""), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} wrote {Rows} rows")]
    private static partial void LogCompleted(ILogger logger, Guid importId, int rows);

    [LoggerMessage(Level = LogLevel.Error, Message = "An import failed; it is retried when its lease runs out")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
