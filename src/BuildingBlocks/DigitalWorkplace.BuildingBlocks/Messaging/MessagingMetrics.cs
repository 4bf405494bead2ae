using System.Diagnostics.Metrics;

namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>The outbox's counters (meter <c>DigitalWorkplace.Messaging</c>), for dashboards and alerts beside the ready probe.</summary>
public sealed class MessagingMetrics : IDisposable
{
    public const string MeterName = "DigitalWorkplace.Messaging";

    private readonly Meter _meter;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _deadLettered;
    private readonly Counter<long> _unsubscribed;

    public MessagingMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _delivered = _meter.CreateCounter<long>("dw.outbox.delivered", description: "Deliveries that succeeded");
        _failed = _meter.CreateCounter<long>("dw.outbox.failed", description: "Delivery attempts that failed and will be retried");
        _deadLettered = _meter.CreateCounter<long>("dw.outbox.dead_lettered", description: "Deliveries whose attempts ran out");
        _unsubscribed = _meter.CreateCounter<long>("dw.outbox.unsubscribed", description: "Messages published with no subscriber");
    }

    public void Delivered(string subscriber) => _delivered.Add(1, new KeyValuePair<string, object?>("subscriber", subscriber));

    public void Failed(string subscriber) => _failed.Add(1, new KeyValuePair<string, object?>("subscriber", subscriber));

    public void DeadLettered(string subscriber) => _deadLettered.Add(1, new KeyValuePair<string, object?>("subscriber", subscriber));

    public void Unsubscribed(string eventName) => _unsubscribed.Add(1, new KeyValuePair<string, object?>("event", eventName));

    public void Dispose() => _meter.Dispose();
}
