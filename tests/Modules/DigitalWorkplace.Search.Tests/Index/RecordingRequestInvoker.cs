using System.Text;
using Elastic.Transport;

namespace DigitalWorkplace.Search.Tests.Index;

/// <summary>A request the client sent, with its body as the cluster would have received it.</summary>
internal sealed record SentRequest(string Method, Uri Uri, string Body);

/// <summary>
/// Elastic.Transport's in-memory invoker, answering each request with a canned response chosen by the test
/// (so an index-exists check can say 404 and a search can return hits) and recording what was sent.
/// </summary>
internal sealed class RecordingRequestInvoker : IRequestInvoker
{
    // The client refuses answers that do not say they come from Elasticsearch (its product check).
    private static readonly Dictionary<string, IEnumerable<string>> ProductHeader = new(StringComparer.OrdinalIgnoreCase) { ["X-Elastic-Product"] = ["Elasticsearch"] };
    private readonly InMemoryRequestInvoker _builder = new();

    public List<SentRequest> Sent { get; } = [];

    /// <summary>The response to a method and path; by default 200 with an empty object.</summary>
    public Func<string, Uri, (int Status, string Body)> Respond { get; set; } = (_, _) => (200, "{}");

    public ResponseFactory ResponseFactory => _builder.ResponseFactory;

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new()
    {
        using var canned = Canned(endpoint, boundConfiguration, postData);
        return canned.Request<TResponse>(endpoint, boundConfiguration, postData);
    }

    public async Task<TResponse> RequestAsync<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new()
    {
        using var canned = Canned(endpoint, boundConfiguration, postData);
        return await canned.RequestAsync<TResponse>(endpoint, boundConfiguration, postData, cancellationToken);
    }

    public void Dispose() => ((IDisposable)_builder).Dispose();

    private InMemoryRequestInvoker Canned(Endpoint endpoint, BoundConfiguration configuration, PostData? postData)
    {
        var (status, body) = Record(endpoint, configuration, postData);
        return new InMemoryRequestInvoker(Encoding.UTF8.GetBytes(body), status, null, "application/json", ProductHeader);
    }

    private (int Status, string Body) Record(Endpoint endpoint, BoundConfiguration configuration, PostData? postData)
    {
        var body = string.Empty;
        if (postData is not null)
        {
            using var stream = new MemoryStream();
            postData.Write(stream, configuration.ConnectionSettings, disableDirectStreaming: true);
            body = Encoding.UTF8.GetString(stream.ToArray());
        }

        var method = endpoint.Method.ToString();
        Sent.Add(new SentRequest(method, endpoint.Uri, body));
        return Respond(method, endpoint.Uri);
    }
}
