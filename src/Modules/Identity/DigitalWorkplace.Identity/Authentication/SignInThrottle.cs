using System.Net;
using Microsoft.Extensions.Caching.Memory;

namespace DigitalWorkplace.Identity.Authentication;

/// <summary>
/// Slows password guessing without letting a stranger lock a colleague out. Failed sign-ins are counted per (account,
/// address), per address (one address trying many accounts) and per account (many addresses trying one); past a few
/// failures each counter imposes a growing wait before the next attempt. The account-wide wait is short and does not
/// apply to a browser the account's owner signed in from before (a device cookie, as OWASP recommends), so the owner
/// is never held up by someone else's guesses. Nothing here touches tokens: a person's apps keep working.
/// Counters live in this node's memory (per node with several nodes: each node slows its own share).
/// </summary>
internal sealed class SignInThrottle(IMemoryCache cache, TimeProvider clock)
{
    private static readonly Rule PerAccountAndAddress = new("account-address", FreeFailures: 3, MaxWait: TimeSpan.FromMinutes(15));
    private static readonly Rule PerAddress = new("address", FreeFailures: 20, MaxWait: TimeSpan.FromMinutes(15));
    private static readonly Rule PerAccount = new("account", FreeFailures: 10, MaxWait: TimeSpan.FromSeconds(30));

    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(30);

    /// <summary>How long to wait before this attempt may be checked at all; null when it may go ahead now.</summary>
    public TimeSpan? WaitBefore(string account, IPAddress? address, bool fromKnownDevice)
    {
        var now = clock.GetUtcNow();
        var wait = new[]
            {
                Remaining(PerAccountAndAddress, Key(account, address), now),
                Remaining(PerAddress, Key(null, address), now),
                fromKnownDevice ? TimeSpan.Zero : Remaining(PerAccount, Key(account, null), now),
            }
            .Max();
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void Failed(string account, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        Count(PerAccountAndAddress, Key(account, address), now);
        Count(PerAddress, Key(null, address), now);
        Count(PerAccount, Key(account, null), now);
    }

    /// <summary>The owner got in from here: their own failures from this address are forgiven.</summary>
    public void Succeeded(string account, IPAddress? address) => cache.Remove(CacheKey(PerAccountAndAddress, Key(account, address)));

    private TimeSpan Remaining(Rule rule, string key, DateTimeOffset now) =>
        cache.TryGetValue(CacheKey(rule, key), out Failures? failures) && failures!.WaitUntil > now ? failures.WaitUntil - now : TimeSpan.Zero;

    private void Count(Rule rule, string key, DateTimeOffset now)
    {
        var failures = cache.GetOrCreate(CacheKey(rule, key), entry =>
        {
            entry.SlidingExpiration = Memory;
            return new Failures();
        })!;
        lock (failures)
        {
            failures.Count++;
            var beyond = failures.Count - rule.FreeFailures;
            if (beyond > 0)
            {
                // 1 s, 2 s, 4 s... up to the rule's ceiling.
                var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, beyond - 1), rule.MaxWait.TotalSeconds));
                failures.WaitUntil = now + wait;
            }
        }
    }

    private static string Key(string? account, IPAddress? address) => $"{account?.ToUpperInvariant()}|{address}";

    private static string CacheKey(Rule rule, string key) => $"identity.throttle:{rule.Name}:{key}";

    private sealed record Rule(string Name, int FreeFailures, TimeSpan MaxWait);

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset WaitUntil { get; set; }
    }
}
