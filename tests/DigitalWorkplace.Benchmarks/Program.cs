using DigitalWorkplace.Benchmarks;

// Bounded load generators against a host on loopback; each prints its figure next to a baseline measured in the same run.
return args.FirstOrDefault() switch
{
    "feed" => await FeedLoad.RunAsync(BenchOptions.Parse(args[1..])),
    "live" => await LiveLatency.RunAsync(BenchOptions.Parse(args[1..])),
    "import" => await ImportLoad.RunAsync(BenchOptions.Parse(args[1..])),
    "season-end" => await SeasonEnd.RunAsync(BenchOptions.Parse(args[1..])),
    "scim" => await ScimLoad.RunAsync(BenchOptions.Parse(args[1..])),
    "export" => await ArchiveLoad.RunAsync(BenchOptions.Parse(args[1..])),
    "onboarding" => await OnboardingLoad.RunAsync(BenchOptions.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Usage: dotnet run -c Release --project tests/DigitalWorkplace.Benchmarks -- <benchmark> [options]
          feed  [--posts 100000] [--communities 200] [--member-of 20] [--connections 64] [--seconds 10] [--database Sqlite|Postgres]
                home-feed requests/s and p50/p99 next to a minimal-API endpoint returning 20 items from memory
          live  [--clients 200] [--posts 20] [--database Sqlite|Postgres]
                post-to-screen latency over SignalR: publish through the API, time until every client has it
          import [--rows 2000] [--locations 40] [--database Sqlite|Postgres]
                a CSV of seasonal hires through the import endpoint, until the last one's onboarding is assigned
          season-end [--people 200] [--database Sqlite|Postgres]
                the season's last day passes: time until every token and browser session of its people is refused
          scim  [--users 2000] [--connections 4] [--locations 40] [--database Sqlite|Postgres]
                a directory's first provisioning cycle as Entra sends it: lookup + create per user, then one group's members
          export [--posts 100000] [--communities 200] [--people 2000] [--database Sqlite|Postgres]
                the whole organization into an archive file, then imported into a fresh instance
          onboarding [--people 2000] [--locations 40] [--seconds 10] [--database Sqlite|Postgres]
                a track for a season's crew, until every one is assigned; then the managers' report under load
        """);
    return 2;
}
