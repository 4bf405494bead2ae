using DigitalWorkplace.Identity.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.Live.Hubs;

/// <summary>
/// A hub connection outlives the request that opened it: every <c>Live:RevalidateInterval</c> (2 s) each connection on
/// this node has its credential asked again (<see cref="ISignedInCheck"/>, answered from memory) — one whose token was
/// revoked, whose session signed out or whose account ended is closed — and its community groups brought in line with
/// the person's memberships, so a member removed on another node stops receiving within the interval, whatever the client does.
/// </summary>
internal sealed partial class LiveConnectionGuard(
    LiveConnections connections, IServiceScopeFactory scopes, LiveOptions options, TimeProvider clock, ILogger<LiveConnectionGuard> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.RevalidateInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RevalidateAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public async Task RevalidateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var check = scope.ServiceProvider.GetRequiredService<ISignedInCheck>();
        var subscriptions = scope.ServiceProvider.GetRequiredService<CommunitySubscriptions>();
        foreach (var connection in connections.All())
        {
            try
            {
                if (!await check.IsStillSignedInAsync(connection.User, cancellationToken))
                {
                    LogClosing(connection.PersonId);
                    connection.Abort();
                    continue;
                }

                await subscriptions.SyncAsync(connection, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCheckFailed(ex, connection.PersonId);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Closing a live connection of {PersonId}: its credential no longer holds")]
    private partial void LogClosing(Guid personId);

    [LoggerMessage(LogLevel.Warning, "Could not check a live connection of {PersonId}; it is checked again next time")]
    private partial void LogCheckFailed(Exception exception, Guid personId);
}
