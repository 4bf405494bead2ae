using System.Globalization;
using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DigitalWorkplace.BuildingBlocks.Auditing;

/// <summary>What an audited action was done to: a person, a season, a community… and the org unit it belongs to, which decides which administrators read the entry.</summary>
/// <param name="Name">A readable name at the time (a person's name is scrubbed from the log when they are erased).</param>
public sealed record AuditSubject(string Type, string? Id, string? Name, Guid? OrgUnitId = null);

/// <summary>
/// One entry of the audit log: who did what to what, when and from where, with the fields before and after. Every module
/// publishes it into its own outbox in the same transaction as the change, so an action is never saved unaudited; the
/// Identity module keeps the append-only log. "platform." events are the building blocks' own, published by any module.
/// </summary>
/// <param name="ActorId">The person who acted; null for the system (the CLI, the demo seed, a background job).</param>
/// <param name="Address">The client's IP address, as the host's forwarded-headers settings give it.</param>
/// <param name="Via">The client that acted for nobody in particular (a SCIM directory), by name.</param>
[IntegrationEventName("platform.action-audited")]
public sealed record ActionAuditedIntegrationEvent(
    string Action, DateTimeOffset At, Guid? ActorId, string? Address, string? Client, AuditSubject Subject,
    IReadOnlyDictionary<string, string?>? Before, IReadOnlyDictionary<string, string?>? After, string? Via = null) : IntegrationEvent;

/// <summary>Records audited actions for the current request (or the scope's acting person), through the module's outbox.</summary>
public sealed class AuditTrail(ICurrentUser user, IHttpContextAccessor http, TimeProvider clock)
{
    private const int ClientMaxLength = 200;

    /// <summary>Adds the entry to the unit of work: it is saved, or not, with the change it describes.</summary>
    /// <param name="actorId">Who acted when it is not the signed-in person (a sign-in: the person signing in).</param>
    public void Record<TContext>(
        TContext db, string action, AuditSubject subject,
        IReadOnlyDictionary<string, string?>? before = null, IReadOnlyDictionary<string, string?>? after = null, Guid? actorId = null)
        where TContext : IOutboxContext, IModuleSchema
    {
        var request = http.HttpContext?.Request;
        var client = request?.Headers.UserAgent.ToString();
        db.Publish(
            new ActionAuditedIntegrationEvent(
                action, clock.GetUtcNow(), actorId ?? Actor(), request?.HttpContext.Connection.RemoteIpAddress?.ToString(),
                string.IsNullOrEmpty(client) ? null : client[..Math.Min(client.Length, ClientMaxLength)], subject, before, after,
                http.HttpContext?.User.FindFirst(PlatformClaims.ClientName)?.Value),
            clock);
    }

    /// <summary>
    /// Records an action with the fields it changes, read from EF Core's change tracker before the save: for a change the
    /// modified fields, for a creation every field set (not left at its default), for a deletion every field. Secrets (hashes, stamps) never appear.
    /// </summary>
    public void RecordChanges<TContext>(TContext db, string action, AuditSubject subject, params EntityEntry[] entries)
        where TContext : DbContext, IOutboxContext, IModuleSchema
    {
        ArgumentNullException.ThrowIfNull(entries);
        Dictionary<string, string?> before = [], after = [];
        foreach (var entry in entries)
        {
            var prefix = entries.Length > 1 ? JsonNamingPolicy.CamelCase.ConvertName(entry.Metadata.ClrType.Name) + "." : "";
            foreach (var property in entry.Properties.Where(p => IsShown(p, entry.State)))
            {
                // Named as the API names fields (camelCase), so an entry reads like the request that made it.
                var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name);
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    before[name] = Text(property.OriginalValue);
                }

                if (entry.State is EntityState.Modified or EntityState.Added or EntityState.Detached)
                {
                    after[name] = Text(property.CurrentValue);
                }
            }
        }

        Record(db, action, subject, before.Count > 0 ? before : null, after.Count > 0 ? after : null);
    }

    /// <summary>A few named fields for an entry's before or after, written as the change tracker's are.</summary>
    public static IReadOnlyDictionary<string, string?> Fields(params (string Name, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => Text(f.Value), StringComparer.Ordinal);

    private Guid? Actor() => user.IsAuthenticated && user.PersonId != Guid.Empty ? user.PersonId : null;

    private static bool IsShown(PropertyEntry property, EntityState state) =>
        !IsSecret(property.Metadata.Name) && !property.Metadata.IsKey() && state switch
        {
            EntityState.Modified => property.IsModified && !Equals(property.OriginalValue, property.CurrentValue),
            // A new entity (tracked, or about to be added by a store such as Identity's): its fields that are set.
            EntityState.Added or EntityState.Detached => !IsDefault(property.CurrentValue),
            _ => property.OriginalValue is not null,
        };

    private static bool IsDefault(object? value) =>
        value is null || (value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType())));

    // Hashes, stamps and protected secrets say nothing to a reader and must never leave the module; normalized copies repeat a field.
    private static readonly string[] SecretParts = ["Hash", "Stamp", "Secret", "Password", "Protected", "Normalized", "Token"];

    private static bool IsSecret(string name) => SecretParts.Any(part => name.Contains(part, StringComparison.Ordinal));

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("O", CultureInfo.InvariantCulture),
        Enum or Guid or bool => value.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, MessagingModel.Json),
    };
}
