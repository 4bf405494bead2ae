using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.BuildingBlocks.Hosting;

/// <summary>
/// Work a node does at once and then every <see cref="Interval"/> (reminders, retention, expiry): a pass that fails is
/// logged and the next one tries again, so a database that is away for a while stops nothing for good. Passes must be
/// safe on several nodes at once (each claims what it does).
/// </summary>
public abstract partial class PeriodicWork(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The clock the passes run by (a test's, to move time).</summary>
    protected TimeProvider Clock { get; } = clock;

    protected ILogger Logger { get; } = logger;

    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass.</summary>
    protected abstract Task RunAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(Logger, exception, GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} failed; the next pass tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string work);
}
