using System.Diagnostics;
using DigitalWorkplace.BuildingBlocks.Results;
using Mediator;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.BuildingBlocks.Mediation;

/// <summary>One structured line per request that fails or is slow; successes stay quiet on the hot path.</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(500);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (response is IFailable { Error: { } error })
        {
            LogFailed(typeof(TMessage).Name, error.Code, elapsed.TotalMilliseconds);
        }
        else if (elapsed > SlowThreshold)
        {
            LogSlow(typeof(TMessage).Name, elapsed.TotalMilliseconds);
        }

        return response;
    }

    [LoggerMessage(LogLevel.Information, "{Request} failed with {Code} in {ElapsedMs:0.0} ms")]
    private partial void LogFailed(string request, string code, double elapsedMs);

    [LoggerMessage(LogLevel.Warning, "{Request} was slow: {ElapsedMs:0.0} ms")]
    private partial void LogSlow(string request, double elapsedMs);
}
