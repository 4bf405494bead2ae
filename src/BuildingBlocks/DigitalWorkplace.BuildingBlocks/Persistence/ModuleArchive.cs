using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalWorkplace.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DigitalWorkplace.BuildingBlocks.Persistence;

/// <summary>An entity that is operational (a live browser session), not the organization's data: left out of its archive.</summary>
public interface INotArchived;

/// <summary>One table of a module in an organization's archive, and how many rows it holds.</summary>
public sealed record ArchivedTable(string Module, string Table, int Rows);

/// <summary>
/// A module's tables as JSON lines, read and written through its EF Core model: every entity type but the outbox's, one
/// <c>{module}/{table}.jsonl</c> file each, one object per row with every mapped property (shadow ones too) by its C#
/// name, values as System.Text.Json writes their CLR type. The model, not hand-written code, says what a module holds,
/// so a new table is in the archive the day it is added. Imported into an empty module in foreign-key order, with the
/// same ids; SQLite and PostgreSQL read each other's archives.
/// </summary>
internal static class ModuleArchive
{

    private const int Batch = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;

    private static readonly Type[] Operational = [typeof(OutboxMessage), typeof(OutboxDelivery), typeof(InboxMessage)];

    /// <summary>Tables that are credentials (second-factor keys, token hashes, invitation links, directories' tokens, OpenID Connect grants).</summary>
    private static readonly HashSet<string> CredentialTables =
        new(["person_tokens", "access_tokens", "invitations", "scim_clients", "OpenIddictTokens", "OpenIddictAuthorizations"], StringComparer.Ordinal);

    /// <summary>Columns that are credentials: written as null when they stay behind.</summary>
    private static readonly HashSet<string> CredentialColumns = new(["PasswordHash", "SecurityStamp", "ClientSecret"], StringComparer.Ordinal);

    internal static async Task<IReadOnlyList<ArchivedTable>> ExportAsync(DbContext db, string module, ZipArchive zip, bool withCredentials, CancellationToken cancellationToken)
    {
        var tables = new List<ArchivedTable>();
        foreach (var type in Tables(db).Where(t => withCredentials || !CredentialTables.Contains(t.GetTableName()!)))
        {
            var rows = 0;
            var entry = zip.CreateEntry($"{module}/{type.GetTableName()}.jsonl", CompressionLevel.Optimal);
            await using (var writer = new StreamWriter(entry.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                // Tracked, so that shadow properties (foreign keys without a CLR property) can be read; cleared as it goes.
                await foreach (var entity in Query(db, type).AsAsyncEnumerable().WithCancellation(cancellationToken))
                {
                    var tracked = db.Entry(entity);
                    var row = new JsonObject();
                    foreach (var property in type.GetProperties())
                    {
                        row[property.Name] = withCredentials || !CredentialColumns.Contains(property.Name)
                            ? JsonSerializer.SerializeToNode(tracked.Property(property.Name).CurrentValue, property.ClrType, Json)
                            : null;
                    }

                    await writer.WriteLineAsync(row.ToJsonString().AsMemory(), cancellationToken);
                    if (++rows % Batch == 0)
                    {
                        db.ChangeTracker.Clear();
                    }
                }
            }

            db.ChangeTracker.Clear();
            tables.Add(new ArchivedTable(module, type.GetTableName()!, rows));
        }

        return tables;
    }

    internal static async Task<bool> IsEmptyAsync(DbContext db, CancellationToken cancellationToken)
    {
        foreach (var type in Tables(db))
        {
            if (await Query(db, type).AnyAsync(cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    internal static async Task<IReadOnlyList<ArchivedTable>> ImportAsync(DbContext db, string module, ZipArchive zip, CancellationToken cancellationToken)
    {
        var tables = new List<ArchivedTable>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var type in Tables(db))
        {
            if (zip.GetEntry($"{module}/{type.GetTableName()}.jsonl") is not { } entry)
            {
                continue;
            }

            // A table that points at itself (org units under org units) goes in one save, which EF orders parent first.
            var selfReferencing = type.GetForeignKeys().Any(fk => fk.PrincipalEntityType == type);
            var rows = 0;
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                Add(db, type, JsonNode.Parse(line)!.AsObject());
                if (++rows % Batch == 0 && !selfReferencing)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            tables.Add(new ArchivedTable(module, type.GetTableName()!, rows));
        }

        await transaction.CommitAsync(cancellationToken);
        return tables;
    }

    /// <summary>The module's tables, principals before dependents; the outbox and inbox are operational, not the organization's.</summary>
    private static List<IEntityType> Tables(DbContext db)
    {
        var types = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.BaseType is null && !t.HasSharedClrType && t.GetTableName() is not null && !Operational.Contains(t.ClrType)
                && !typeof(INotArchived).IsAssignableFrom(t.ClrType))
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal)
            .ToList();
        var ordered = new List<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (ordered.Contains(type) || !visiting.Add(type))
            {
                return;
            }

            foreach (var principal in type.GetForeignKeys().Select(fk => fk.PrincipalEntityType).Where(p => p != type && types.Contains(p)))
            {
                Visit(principal);
            }

            ordered.Add(type);
        }

        types.ForEach(Visit);
        return ordered;
    }

    private static IQueryable<object> Query(DbContext db, IEntityType type) =>
        (IQueryable<object>)SetMethod.MakeGenericMethod(type.ClrType).Invoke(db, null)!;

    private static void Add(DbContext db, IEntityType type, JsonObject row)
    {
        var entity = Activator.CreateInstance(type.ClrType, nonPublic: true)!;
        var shadow = new List<(string Name, object? Value)>();
        foreach (var property in type.GetProperties())
        {
            var value = row[property.Name]?.Deserialize(property.ClrType, Json);
            if (property.PropertyInfo is { } info && info.GetSetMethod(nonPublic: true) is { } setter)
            {
                setter.Invoke(entity, [value]);
            }
            else if (property.FieldInfo is { } field)
            {
                field.SetValue(entity, value);
            }
            else
            {
                shadow.Add((property.Name, value));
            }
        }

        var entry = db.Add(entity);
        foreach (var (name, value) in shadow)
        {
            entry.Property(name).CurrentValue = value;
        }
    }
}
