using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.Benchmarks;

/// <summary>
/// Writes posts and reactions straight into the Feeds tables, a hundred thousand in seconds, for read benchmarks only:
/// no outbox, no search index, no live delivery (those have benchmarks of their own). The mapping mirrors the Feeds
/// module's (same tables, the same SQLite conventions), which the module keeps internal.
/// </summary>
internal sealed class BulkPosts(DbContextOptions<BulkPosts> options, bool sqlite) : DbContext(options)
{
    public DbSet<BulkPost> Posts => Set<BulkPost>();

    public DbSet<BulkReaction> Reactions => Set<BulkReaction>();

    public DbSet<BulkPollVote> PollVotes => Set<BulkPollVote>();

    public static BulkPosts Open(PlatformFactory platform)
    {
        var builder = new DbContextOptionsBuilder<BulkPosts>();
        if (platform.PostgresConnectionString is { } postgres)
        {
            builder.UseNpgsql(postgres);
        }
        else
        {
            builder.UseSqlite($"Data Source={Path.Combine(platform.DataDirectory, "feeds.db")}");
        }

        return new BulkPosts(builder.Options, sqlite: platform.PostgresConnectionString is null);
    }

    /// <summary>
    /// <paramref name="count"/> posts spread over the communities in turn, newest last, with a "like" from the writer on
    /// one in five and the reader's own "celebrate" on one in ten, so that feeds carry counts and "my reactions"; one in
    /// four carries a photo, one in six a poll (the writer voted in each) and one in seven a link preview, as a real
    /// feed's posts do (kept on the post as JSON, the votes in their table).
    /// </summary>
    public static async Task<int> SeedAsync(PlatformFactory platform, IReadOnlyList<Guid> communities, Guid writer, Guid reader, int count)
    {
        const int batch = 5_000;
        var start = DateTimeOffset.UtcNow.AddDays(-count / 1000.0 - 1);
        for (var first = 0; first < count; first += batch)
        {
            await using var db = Open(platform);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var votes = new List<BulkPollVote>();
            for (var i = first; i < Math.Min(count, first + batch); i++)
            {
                var at = start.AddSeconds(i);
                var id = Guid.CreateVersion7(at);
                db.Posts.Add(new BulkPost
                {
                    Id = id,
                    CommunityId = communities[i % communities.Count],
                    AuthorId = writer,
                    Markdown = $"Post {i}: the **espresso** of the day is a washed Ethiopian, bright and floral.",
                    Html = $"<p>Post {i}: the <strong>espresso</strong> of the day is a washed Ethiopian, bright and floral.</p>",
                    Text = $"Post {i}: the espresso of the day is a washed Ethiopian, bright and floral.",
                    PublishedAt = at,
                    Attachments = i % 4 == 0
                        ? $"[{{\"id\":\"{Guid.CreateVersion7(at)}\",\"kind\":\"Image\",\"fileName\":\"terrace-{i}.jpg\",\"contentType\":\"image/jpeg\",\"size\":184320,\"width\":1600,\"height\":1200}}]"
                        : "[]",
                    LinkPreview = i % 7 == 0
                        ? $"{{\"url\":\"https://menu.example/winter/{i}\",\"host\":\"menu.example\",\"title\":\"Winter menu\",\"description\":\"Chestnut cake, oat milk and the new allergen card.\",\"siteName\":\"Lumière\"}}"
                        : null,
                    Poll = i % 6 == 0 ? "{\"options\":[\"Friday\",\"Saturday\",\"Sunday\"],\"multiple\":false,\"closesAt\":null}" : null,
                });
                if (i % 6 == 0)
                {
                    votes.Add(new BulkPollVote { PostId = id, PersonId = writer, Option = i % 3, VotedAt = at });
                }
                if (i % 5 == 0)
                {
                    db.Reactions.Add(new BulkReaction { PostId = id, PersonId = writer, Kind = "like", CreatedAt = at });
                }

                if (i % 10 == 0)
                {
                    db.Reactions.Add(new BulkReaction { PostId = id, PersonId = reader, Kind = "celebrate", CreatedAt = at });
                }
            }

            await db.SaveChangesAsync();
            // This mapping knows no relationships: the votes go once their posts are in.
            db.PollVotes.AddRange(votes);
            await db.SaveChangesAsync();
        }

        return count;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!sqlite)
        {
            modelBuilder.HasDefaultSchema("feeds");
        }

        modelBuilder.Entity<BulkPost>(post =>
        {
            post.ToTable("posts");
            post.HasKey(p => p.Id);
        });
        modelBuilder.Entity<BulkReaction>(reaction =>
        {
            reaction.ToTable("reactions");
            reaction.HasKey(r => new { r.PostId, r.PersonId, r.Kind });
        });
        modelBuilder.Entity<BulkPollVote>(vote =>
        {
            vote.ToTable("poll_votes");
            vote.HasKey(v => new { v.PostId, v.PersonId, v.Option });
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModelConventions.Apply(configurationBuilder, Database);
}

internal sealed class BulkPost
{
    public required Guid Id { get; init; }

    public required Guid CommunityId { get; init; }

    public required Guid AuthorId { get; init; }

    public required string Markdown { get; init; }

    public required string Html { get; init; }

    public required string Text { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }

    public int CommentCount { get; init; }

    /// <summary>The Feeds module's JSON of a post's pictures and files.</summary>
    public string Attachments { get; init; } = "[]";

    /// <summary>The Feeds module's JSON of a post's link preview.</summary>
    public string? LinkPreview { get; init; }

    /// <summary>The Feeds module's JSON of a post's poll.</summary>
    public string? Poll { get; init; }
}

internal sealed class BulkPollVote
{
    public required Guid PostId { get; init; }

    public required Guid PersonId { get; init; }

    public required int Option { get; init; }

    public required DateTimeOffset VotedAt { get; init; }
}

internal sealed class BulkReaction
{
    public required Guid PostId { get; init; }

    public required Guid PersonId { get; init; }

    public required string Kind { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
