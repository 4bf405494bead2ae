using System.IO.Compression;
using System.Reflection;
using System.Text.Json;

namespace DigitalWorkplace.BuildingBlocks.Persistence;

/// <summary>What an archive says about itself: its format, when and from what it was made, and every table with its rows.</summary>
/// <param name="WithCredentials">Whether password hashes, second-factor keys, tokens and invitation links are in it (the CLI's full move) or stayed behind (a download).</param>
public sealed record ArchiveManifest(string Format, int Version, DateTimeOffset ExportedAt, string Product, string? ProductVersion, IReadOnlyList<ArchivedTable> Tables, bool WithCredentials = true);

/// <summary>
/// An organization's whole data in one ZIP (reversibility: a company takes everything with it the day it leaves): a
/// <c>manifest.json</c> and, for every module, its tables as JSON lines (docs/export-format.md). Imported into an
/// empty instance only, module by module; derived data (the search index) is rebuilt afterwards by the caller.
/// </summary>
public sealed class OrganizationArchive(IEnumerable<IModuleDatabase> modules, IServiceProvider services, TimeProvider clock)
{
    public const string Format = "digital-workplace-organization";
    public const int Version = 1;
    public const string ManifestName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <param name="withCredentials">
    /// True for a full move to another instance (the CLI, run by whoever holds the database anyway); false for a download
    /// through the site, which leaves password hashes, second-factor keys, tokens and invitation links behind.
    /// </param>
    public async Task<ArchiveManifest> ExportAsync(Stream output, bool withCredentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var tables = new List<ArchivedTable>();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var module in modules.OrderBy(m => m.Module, StringComparer.Ordinal))
            {
                tables.AddRange(await module.ExportAsync(services, zip, withCredentials, cancellationToken));
            }

            var manifest = new ArchiveManifest(
                Format, Version, clock.GetUtcNow(), "Digital Workplace",
                typeof(OrganizationArchive).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion, tables, withCredentials);
            await using var stream = zip.CreateEntry(ManifestName).Open();
            await JsonSerializer.SerializeAsync(stream, manifest, Json, cancellationToken);
            return manifest;
        }
    }

    /// <summary>Imports an archive into this instance, which must hold nothing yet (a fresh database, migrated, not seeded).</summary>
    public async Task<ArchiveManifest> ImportAsync(Stream input, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.GetEntry(ManifestName) is not { } entry)
        {
            throw new InvalidDataException($"Not an organization archive: it has no {ManifestName}.");
        }

        ArchiveManifest manifest;
        await using (var stream = entry.Open())
        {
            manifest = await JsonSerializer.DeserializeAsync<ArchiveManifest>(stream, Json, cancellationToken)
                ?? throw new InvalidDataException("The manifest is empty.");
        }

        if (manifest.Format != Format || manifest.Version > Version)
        {
            throw new InvalidDataException($"The archive is {manifest.Format} version {manifest.Version}; this instance reads {Format} up to version {Version}.");
        }

        foreach (var module in modules)
        {
            if (!await module.IsEmptyAsync(services, cancellationToken))
            {
                throw new InvalidOperationException($"The {module.Module} module already holds data: import into an empty instance (a new database, with Demo:Seed=false).");
            }
        }

        var tables = new List<ArchivedTable>();
        foreach (var module in modules)
        {
            tables.AddRange(await module.ImportAsync(services, zip, cancellationToken));
        }

        return manifest with { Tables = tables };
    }
}
