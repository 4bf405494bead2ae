using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace DigitalWorkplace.Identity.Authentication;

/// <summary>
/// An attempt the throttle let through (already counted as a failure until it succeeds), or the wait before one may be
/// made. The first counter is the person's own from here: the one forgiven in full on success.
/// </summary>
internal sealed record SignInAttempt(TimeSpan? Wait, IReadOnlyList<string> Counted);

/// <summary>
/// Slows password guessing without letting a stranger lock a colleague out. Attempts are counted per (account, address),
/// per address (one address trying many accounts) and per account (many addresses trying one); past a few failures each
/// counter imposes a growing wait before the next attempt. From a browser the account's owner signed in from before (a
/// device cookie, as OWASP recommends) only that device's own counter applies, so nobody else's guesses — not even from
/// the same café's shared address — hold the owner up. Nothing here touches tokens: a person's apps keep working.
/// <para>
/// An attempt is counted before its password is checked, in the same step as the check of the waits, so a burst of
/// parallel guesses cannot all slip through before the first failure is recorded. When the person gets in, their own
/// failures from that address are forgiven everywhere (a crew's typos at shift start do not slow the next colleague).
/// Counters live in this node's memory (with several nodes, each node slows its own share).
/// </para>
/// </summary>
internal sealed class SignInThrottle(IMemoryCache cache, ILookupNormalizer normalizer, TimeProvider clock)
{
    private static readonly Rule PerAccountAndAddress = new("account-address", FreeFailures: 3, MaxWait: TimeSpan.FromMinutes(5));
    private static readonly Rule PerAddress = new("address", FreeFailures: 50, MaxWait: TimeSpan.FromMinutes(1));
    private static readonly Rule PerAccount = new("account", FreeFailures: 10, MaxWait: TimeSpan.FromSeconds(30));
    private static readonly Rule PerKnownDevice = new("known-device", FreeFailures: 10, MaxWait: TimeSpan.FromSeconds(30));

    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(30);

    // Sign-ins are rare next to reads: one gate makes "check every wait, then count" a single step across the counters.
    private readonly Lock _gate = new();

    /// <summary>Lets the attempt go ahead (counting it) or tells how long to wait first; <paramref name="account"/> as typed.</summary>
    public SignInAttempt Begin(string account, IPAddress? address, bool fromKnownDevice)
    {
        // The same spelling as Identity's own lookup, so variants of one address share counters.
        var who = normalizer.NormalizeEmail(account.Trim());
        var where = Network(address);
        (Rule Rule, string Key)[] counters = fromKnownDevice
            ? [(PerKnownDevice, CacheKey(PerKnownDevice, who, null))]
            : [(PerAccountAndAddress, CacheKey(PerAccountAndAddress, who, where)), (PerAddress, CacheKey(PerAddress, null, where)), (PerAccount, CacheKey(PerAccount, who, null))];

        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var wait = counters.Max(c => Remaining(c.Rule, c.Key, now));
            if (wait > TimeSpan.Zero)
            {
                return new SignInAttempt(wait, []);
            }

            foreach (var (_, key) in counters)
            {
                Counter(key).Add(1, now);
            }

            return new SignInAttempt(null, [.. counters.Select(c => c.Key)]);
        }
    }

    /// <summary>The owner got in: their own failures from here (and this attempt) no longer count anywhere.</summary>
    public void Succeeded(SignInAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        lock (_gate)
        {
            var own = cache.TryGetValue(attempt.Counted[0], out Failures? failures) ? failures!.Count : 1;
            cache.Remove(attempt.Counted[0]);
            foreach (var key in attempt.Counted.Skip(1))
            {
                if (cache.TryGetValue(key, out Failures? shared))
                {
                    shared!.Add(-own, null);
                }
            }
        }
    }

    // One IPv6 client owns a whole /64: counting each address of it apart would give it billions of fresh counters.
    private static string Network(IPAddress? address)
    {
        if (address is null)
        {
            return "-";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private TimeSpan Remaining(Rule rule, string key, DateTimeOffset now)
    {
        if (!cache.TryGetValue(key, out Failures? failures) || failures!.Count <= rule.FreeFailures)
        {
            return TimeSpan.Zero;
        }

        // 1 s, 2 s, 4 s... after the last failure, up to the rule's ceiling.
        var beyond = failures.Count - rule.FreeFailures;
        var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(beyond - 1, 30)), rule.MaxWait.TotalSeconds));
        var remaining = failures.LastAt + wait - now;
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    private Failures Counter(string key) =>
        cache.GetOrCreate(key, entry =>
        {
            entry.SlidingExpiration = Memory;
            return new Failures();
        })!;

    private static string CacheKey(Rule rule, string? account, string? network) => $"identity.throttle:{rule.Name}:{account}|{network}";

    private sealed record Rule(string Name, int FreeFailures, TimeSpan MaxWait);

    /// <summary>Changed only under the throttle's gate.</summary>
    private sealed class Failures
    {
        public int Count { get; private set; }

        public DateTimeOffset LastAt { get; private set; }

        public void Add(int count, DateTimeOffset? at)
        {
            Count = Math.Max(0, Count + count);
            LastAt = at ?? LastAt;
        }
    }
}
