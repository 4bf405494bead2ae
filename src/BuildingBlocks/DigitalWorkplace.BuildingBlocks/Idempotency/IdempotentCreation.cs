using System.Security.Cryptography;
using System.Text;
using DigitalWorkplace.BuildingBlocks.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.BuildingBlocks.Idempotency;

/// <summary>Something created, or found again because a retry carried the same idempotency key.</summary>
public sealed record Creation<T>(T Value, bool IsReplay)
{
    /// <summary>201 with its location when created now; 200 with the same resource when a retry replayed the creation.</summary>
    public Results<Created<T>, Ok<T>> ToHttp(Func<T, string> location) =>
        IsReplay ? TypedResults.Ok(Value) : TypedResults.Created(location(Value), Value);
}

/// <summary>What was created under a key, with the fingerprint of the request that created it.</summary>
public sealed record Keyed<T>(T Value, string? Fingerprint);

/// <summary>
/// The client's <c>Idempotency-Key</c> (draft-ietf-httpapi-idempotency-key-header) and a fingerprint of what the
/// request asks for: the same key with the same request replays the first answer; with another request it is a 422.
/// </summary>
public sealed record IdempotentRequest(string? Key, string Fingerprint)
{
    public const int KeyMaxLength = 100;

    public static readonly Error KeyReused = Error.Unprocessable(
        "idempotency.key_reused", "This Idempotency-Key was already used for a different request; a retry must repeat the same request.");

    /// <summary>What a created row keeps to recognise a retry: the fingerprint, when the request had a key.</summary>
    public string? StoredFingerprint => Key is null ? null : Fingerprint;

    /// <summary>A blank key means none; the fingerprint hashes every part of the request that decides its outcome.</summary>
    public static IdempotentRequest For(string? key, params ReadOnlySpan<string?> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
            text.Append(part?.Length ?? -1).Append(':').Append(part).Append('\n');
        }

        return new IdempotentRequest(
            string.IsNullOrWhiteSpace(key) ? null : key,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32]);
    }

    /// <summary>
    /// Replays what an earlier request with the key created, or creates it now. A parallel retry that loses the race
    /// on the unique (author, key) index finds the winner's creation instead of failing.
    /// </summary>
    public Task<Result<Creation<T>>> CreateOnceAsync<T>(
        DbContext db,
        Func<string, CancellationToken, Task<Keyed<T>?>> findByKey,
        Func<CancellationToken, Task<T>> create,
        CancellationToken cancellationToken) =>
        CreateOnceAsync(db, findByKey, async ct => Result<T>.Success(await create(ct)), cancellationToken);

    /// <summary>The same, for a creation that may still be refused once the replay is ruled out (what it claims is taken).</summary>
    public async Task<Result<Creation<T>>> CreateOnceAsync<T>(
        DbContext db,
        Func<string, CancellationToken, Task<Keyed<T>?>> findByKey,
        Func<CancellationToken, Task<Result<T>>> create,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Key is { } key && await findByKey(key, cancellationToken) is { } earlier)
        {
            return Replay(earlier);
        }

        try
        {
            var created = await create(cancellationToken);
            return created.IsSuccess ? new Creation<T>(created.Value!, IsReplay: false) : created.Error!;
        }
        catch (DbUpdateException) when (Key is not null)
        {
            db.ChangeTracker.Clear();
            if (await findByKey(Key, cancellationToken) is { } raced)
            {
                return Replay(raced);
            }

            throw;
        }
    }

    // Rows written before fingerprints were kept have none: their key alone identifies the request.
    private Result<Creation<T>> Replay<T>(Keyed<T> earlier) =>
        earlier.Fingerprint is null || earlier.Fingerprint == Fingerprint ? new Creation<T>(earlier.Value, IsReplay: true) : KeyReused;
}
