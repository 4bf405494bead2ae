namespace DigitalWorkplace.Host.Startup;

/// <summary>
/// Graceful shutdown, in order: the ready probe turns unhealthy, the host keeps serving for <c>Host:DrainDelay</c> so a
/// load balancer stops sending new requests (0 by default; a few seconds behind one), then Kestrel lets the requests in
/// flight finish and the outbox dispatchers stop at a delivery boundary.
/// </summary>
internal sealed class ShutdownDrain(IConfiguration configuration, TimeProvider clock) : IHostedLifecycleService
{
    private volatile bool _draining;

    public bool IsDraining => _draining;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _draining = true;
        var delay = configuration.GetValue("Host:DrainDelay", TimeSpan.Zero);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, cancellationToken);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
