using Xunit;

namespace DigitalWorkplace.Testing;

/// <summary>The Redis the test script started (<c>DW_TEST_REDIS</c>, host:port).</summary>
public static class RedisServer
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("DW_TEST_REDIS")
        ?? throw new InvalidOperationException("DW_TEST_REDIS is not set: run the tests with ./build/test.sh, which starts Redis.");
}

/// <summary>One node of a <see cref="Cluster"/>: PostgreSQL shared with the other node, Redis for invalidations, hub fan-out and keys.</summary>
public sealed class ClusterNode(string database, bool createsDatabase) : PlatformFactory(database, createsDatabase)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Redis"] = RedisServer.ConnectionString };
}

/// <summary>Two app nodes on one database and one Redis, as in production behind a load balancer.</summary>
public sealed class Cluster : IAsyncLifetime
{
    public Cluster()
    {
        var database = "dw_cluster_" + Guid.NewGuid().ToString("N")[..12];
        First = new ClusterNode(database, createsDatabase: true);
        Second = new ClusterNode(database, createsDatabase: false);
    }

    public ClusterNode First { get; }

    public ClusterNode Second { get; }

    public async ValueTask InitializeAsync()
    {
        // The first node creates and migrates the database; the second finds it migrated.
        await First.InitializeAsync();
        await Second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
    }
}
