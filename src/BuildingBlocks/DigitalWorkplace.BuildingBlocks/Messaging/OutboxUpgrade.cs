using Microsoft.EntityFrameworkCore.Migrations;

namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>An event as the walking skeleton stored it (its C# type name), what it is called now, and who subscribes to it.</summary>
public sealed record UpgradedEvent(string OldType, string Name, params string[] Subscribers);

/// <summary>
/// The move from one retry state per message to one delivery per (message, subscriber): messages still waiting get a
/// delivery for each of today's subscribers, and every message its stable name, so nothing pending is dropped.
/// Runs inside the migration that creates <c>outbox_deliveries</c>, before the old columns go.
/// </summary>
public static class OutboxUpgrade
{
    public static void MoveWaitingMessagesToDeliveries(this MigrationBuilder migration, string? schema, params UpgradedEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(migration);
        ArgumentNullException.ThrowIfNull(events);
        var messages = Table(schema, "outbox_messages");
        var deliveries = Table(schema, "outbox_deliveries");
        foreach (var upgraded in events)
        {
            foreach (var subscriber in upgraded.Subscribers)
            {
                migration.Sql($"""
                    INSERT INTO {deliveries} ("MessageId", "Subscriber", "Attempts")
                    SELECT "Id", '{subscriber}', 0 FROM {messages} WHERE "Type" = '{upgraded.OldType}' AND "ProcessedAt" IS NULL;
                    """);
            }

            migration.Sql($"""UPDATE {messages} SET "Type" = '{upgraded.Name}' WHERE "Type" = '{upgraded.OldType}';""");
        }
    }

    private static string Table(string? schema, string table) => schema is null ? $"\"{table}\"" : $"\"{schema}\".\"{table}\"";
}
