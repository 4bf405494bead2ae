using System.Diagnostics;
using System.Globalization;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Benchmarks;

/// <summary>
/// Reversibility at size: an organization with N posts (and their reactions) in C communities and P people, exported to
/// an archive file, then imported into a fresh instance on the same database kind, each timed.
/// </summary>
internal static class ArchiveLoad
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var posts = options.Int("--posts", 100_000);
        var communityCount = options.Int("--communities", 200);
        var peopleCount = options.Int("--people", 2000);
        var (source, _) = await BenchHost.StartAsync(options.Database);
        await using var _ = source;

        Console.WriteLine($"Seeding {peopleCount} people, {communityCount} communities and {posts} posts ({options.Database})...");
        var writer = await source.CreateUserAsync("Writer");
        var reader = await source.CreateUserAsync("Reader");
        for (var i = 0; i < peopleCount - 2; i++)
        {
            await source.CreateUserAsync($"Person {i:D4}");
        }

        var communities = new List<Guid>();
        for (var i = 0; i < communityCount; i++)
        {
            var created = await source.AsAsync(writer, sp => sp.GetRequiredService<ICommunitiesService>()
                .CreateAsync($"Community {i:D3}", "Benchmark community", CommunityVisibility.Public, CancellationToken.None));
            communities.Add(created.Value!.Id);
        }

        await BulkPosts.SeedAsync(source, communities, writer.Id, reader.Id, posts);
        var file = Path.Combine(Path.GetTempPath(), $"dw-archive-{Guid.NewGuid():N}.zip");
        try
        {
            var clock = Stopwatch.StartNew();
            ArchiveManifest exported;
            await using (var output = File.Create(file))
            {
                exported = await source.Services.GetRequiredService<OrganizationArchive>().ExportAsync(output, withCredentials: true, CancellationToken.None);
            }

            var exportTime = clock.Elapsed;
            await using var target = new PlatformFactory(options.Database);
            await target.InitializeAsync();
            clock.Restart();
            await using (var input = File.OpenRead(file))
            {
                await target.Services.GetRequiredService<OrganizationArchive>().ImportAsync(input, CancellationToken.None);
            }

            var importTime = clock.Elapsed;
            var rows = exported.Tables.Sum(t => t.Rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rows} rows in {exported.Tables.Count} tables, archive {new FileInfo(file).Length / 1024 / 1024.0:0.0} MiB"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import: {rows} rows in {importTime.TotalSeconds:0.0} s (without the search index rebuild)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"export: {rows} rows in {exportTime.TotalSeconds:0.0} s"));
            return 0;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
