using System.Globalization;
using DigitalWorkplace.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DigitalWorkplace.Search.Lucene;

/// <summary>
/// The embedded provider: one index in <c>{DataDirectory}/search</c>, written by one process (it holds the
/// directory's write lock; several nodes use Elasticsearch).
/// Near real time without paying for it on every write: a write only marks the readers stale; they are reopened
/// from the writer (no commit needed) by the next search, or within <see cref="RefreshInterval"/> by a timer, so a
/// search always sees every write that returned before it. Commits (an fsync) are grouped: at most one per
/// <see cref="CommitInterval"/> while there are changes, and one on dispose. Measured on the 2-core machine with
/// single-document batches (what the outbox delivers): commit + refresh per write ~8 ms/document, refresh per
/// write ~5.7 ms, grouped as here see docs/modules/search.md.
/// </summary>
internal sealed partial class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private static class Fields
    {
        public const string Key = "key";
        public const string Kind = "kind";
        public const string Id = "id";
        public const string Title = "title";
        public const string Text = "text";
        public const string Community = "community";
        public const string Url = "url";
        public const string At = "at";
    }

    private static readonly Dictionary<string, float> Weights = new(StringComparer.Ordinal) { [Fields.Title] = 2f, [Fields.Text] = 1f };

    private readonly FoldingAnalyzer _analyzer = new();
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly Timer _committer;
    private readonly Timer _refresher;
    private readonly System.Threading.Lock _refreshGate = new();
    private readonly System.Threading.Lock _commitGate = new();
    private int _uncommitted;
    private int _stale;
    private readonly ILogger _logger;
    private bool _disposed;

    public LuceneSearchIndex(string path, ILogger<LuceneSearchIndex>? logger = null)
    {
        _logger = logger ?? NullLogger<LuceneSearchIndex>.Instance;
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(FoldingAnalyzer.Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        _committer = new Timer(_ => InBackground(CommitIfDirty), null, CommitInterval, CommitInterval);
        _refresher = new Timer(_ => InBackground(RefreshIfStale), null, RefreshInterval, RefreshInterval);
    }

    /// <summary>How stale readers may get when nobody searches (a search refreshes them first anyway).</summary>
    public static TimeSpan RefreshInterval { get; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How much indexing a crash may lose at most; <c>search reindex</c> rebuilds it from the modules.</summary>
    public static TimeSpan CommitInterval { get; } = TimeSpan.FromSeconds(1);

    public Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            _writer.UpdateDocument(new Term(Fields.Key, document.Key), ToLucene(document));
        }

        Publish();
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        _writer.DeleteDocuments(new Term(Fields.Key, SearchDocument.KeyOf(kind, id)));
        Publish();
        return Task.CompletedTask;
    }

    public Task ClearAsync(CancellationToken cancellationToken)
    {
        _writer.DeleteAll();
        Publish();
        return Task.CompletedTask;
    }

    public Task<SearchIndexResults> SearchAsync(SearchIndexQuery query, CancellationToken cancellationToken)
    {
        // The simple syntax never throws: stray quotes, stars or brackets are read as text or ignored.
        var parser = new SimpleQueryParser(_analyzer, Weights) { DefaultOperator = Occur.MUST };
        var parsed = parser.Parse(query.Text);
        if (parsed is null || parsed is BooleanQuery { Clauses.Count: 0 })
        {
            return Task.FromResult(SearchIndexResults.Empty);
        }

        // Trimmed inside the query, so paging and totals only ever count what the reader may see.
        var trimmed = new FilteredQuery(parsed, PermissionFilter(query.ReadableCommunities, query.VisibleKinds));
        RefreshIfStale();
        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(trimmed, Math.Max(1, query.Take));
            var hits = top.ScoreDocs
                .Select(scored => FromLucene(searcher.Doc(scored.Doc)))
                .Select(document => new SearchIndexHit(document, Snippets.For(document.Text, query.Text)))
                .ToList();
            return Task.FromResult(new SearchIndexResults(hits, top.TotalHits));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return Task.FromResult(searcher.IndexReader.RefCount > 0);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _refresher.Dispose();
        _committer.Dispose();
        CommitIfDirty();
        // A timer callback may still be running: the gates make it finish first, the flag makes later ones no-ops.
        lock (_refreshGate)
        {
            lock (_commitGate)
            {
                _disposed = true;
            }
        }

        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    /// <summary>People and communities for everyone; posts and comments only of the readable communities.</summary>
    private static TermsFilter PermissionFilter(IReadOnlyCollection<Guid> readableCommunities, IReadOnlyCollection<string> publicKinds)
    {
        var terms = new List<Term>(readableCommunities.Count + publicKinds.Count);
        terms.AddRange(publicKinds.Select(kind => new Term(Fields.Kind, kind)));
        terms.AddRange(readableCommunities.Select(id => new Term(Fields.Community, id.ToString("N"))));
        return new TermsFilter(terms);
    }

    /// <summary>A timer's work: an exception there would end the process, so it is logged and the next tick tries again.</summary>
    private void InBackground(Action work)
    {
        try
        {
            work();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            LogBackgroundFailed(ex);
        }
    }

    [LoggerMessage(LogLevel.Error, "Background refresh or commit of the search index failed; it is retried on the next tick")]
    private partial void LogBackgroundFailed(Exception exception);

    /// <summary>The batch is in the writer: readers are stale until refreshed, the disk until the next commit.</summary>
    private void Publish()
    {
        Volatile.Write(ref _uncommitted, 1);
        Volatile.Write(ref _stale, 1);
    }

    /// <summary>Under a gate, so a search that arrives during another's refresh waits for it rather than reading stale.</summary>
    private void RefreshIfStale()
    {
        lock (_refreshGate)
        {
            if (!_disposed && Interlocked.Exchange(ref _stale, 0) == 1)
            {
                _searchers.MaybeRefreshBlocking();
            }
        }
    }

    private void CommitIfDirty()
    {
        lock (_commitGate)
        {
            if (_disposed || Interlocked.Exchange(ref _uncommitted, 0) == 0)
            {
                return;
            }

            // Commit is internally synchronised with indexing; a batch added meanwhile is in this commit or sets the flag again.
            _writer.Commit();
        }
    }

    private static Document ToLucene(SearchDocument document)
    {
        var stored = new Document
        {
            new StringField(Fields.Key, document.Key, Field.Store.YES),
            new StringField(Fields.Kind, document.Kind, Field.Store.YES),
            new StringField(Fields.Id, document.Id.ToString("N"), Field.Store.YES),
            new TextField(Fields.Title, document.Title, Field.Store.YES),
            new TextField(Fields.Text, document.Text, Field.Store.YES),
            new StoredField(Fields.Url, document.Url),
        };
        if (document.CommunityId is { } communityId)
        {
            stored.Add(new StringField(Fields.Community, communityId.ToString("N"), Field.Store.YES));
        }

        if (document.At is { } at)
        {
            stored.Add(new StoredField(Fields.At, at.UtcTicks));
        }

        return stored;
    }

    private static SearchDocument FromLucene(Document document)
    {
        var community = document.Get(Fields.Community, CultureInfo.InvariantCulture);
        var at = document.GetField(Fields.At)?.GetInt64Value();
        return new SearchDocument(
            document.Get(Fields.Kind, CultureInfo.InvariantCulture),
            Guid.ParseExact(document.Get(Fields.Id, CultureInfo.InvariantCulture), "N"),
            document.Get(Fields.Title, CultureInfo.InvariantCulture),
            document.Get(Fields.Text, CultureInfo.InvariantCulture),
            community is null ? null : Guid.ParseExact(community, "N"),
            document.Get(Fields.Url, CultureInfo.InvariantCulture),
            at is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null);
    }
}
