using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.BuildingBlocks.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace DigitalWorkplace.Host.Startup;

/// <summary>The <c>RateLimits</c> section: requests per minute, per signed-in person and per client address.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Sign-in form posts per address: a flood guard, wide because a festival's whole crew may sign in through one NAT
    /// address at the start of a shift; the sign-in throttle is what slows password guessing.
    /// </summary>
    public int SignInsPerMinutePerAddress { get; set; } = 600;

    /// <summary>Posts, comments, reactions... per person: far above what a person types, low enough to stop a runaway script.</summary>
    public int WritesPerMinutePerPerson { get; set; } = 300;

    public int SearchesPerMinutePerPerson { get; set; } = 120;

    /// <summary>Translations asked for per person (each may be a paid call to the translator when it is not cached).</summary>
    public int TranslationsPerMinutePerPerson { get; set; } = 30;

    /// <summary>Anonymous certificate checks per address (an inspector checks a few; a script guessing codes is slowed).</summary>
    public int CertificateChecksPerMinutePerAddress { get; set; } = 60;

    /// <summary>Per address, for everyone behind it: a festival's staff may all come through one NAT address.</summary>
    public int RequestsPerMinutePerAddress { get; set; } = 6_000;
}

/// <summary>
/// ASP.NET Core's rate limiter on what can be abused — sign-in, API and form writes, search, translation: each person has their own
/// budget (one person hammering leaves everyone else unaffected), and each address a wide one. A refusal is a 429
/// problem with <c>Retry-After</c>. Reads of pages and feeds are not limited here.
/// </summary>
internal static class RateLimits
{
    private enum Bucket
    {
        SignIn,
        Write,
        Search,
        Translation,
        CertificateCheck,
    }

    public static IServiceCollection AddPlatformRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.GlobalLimiter = limits.Enabled
                ? PartitionedRateLimiter.CreateChained(PerPerson(limits), PerAddress(limits))
                : PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    private static PartitionedRateLimiter<HttpContext> PerPerson(RateLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            BucketOf(context) is { } bucket && bucket is not (Bucket.SignIn or Bucket.CertificateCheck) && context.User.FindFirst(PlatformClaims.PersonId)?.Value is { } person
                ? PerMinute($"{bucket}:{person}", bucket switch
                {
                    Bucket.Write => limits.WritesPerMinutePerPerson,
                    Bucket.Translation => limits.TranslationsPerMinutePerPerson,
                    _ => limits.SearchesPerMinutePerPerson,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));

    private static PartitionedRateLimiter<HttpContext> PerAddress(RateLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            BucketOf(context) is { } bucket
                ? PerMinute(
                    $"{bucket switch { Bucket.SignIn => "sign-in", Bucket.CertificateCheck => "certificates", _ => "address" }}:{context.Connection.RemoteIpAddress ?? IPAddress.None}",
                    bucket switch
                    {
                        Bucket.SignIn => limits.SignInsPerMinutePerAddress,
                        Bucket.CertificateCheck => limits.CertificateChecksPerMinutePerAddress,
                        _ => limits.RequestsPerMinutePerAddress,
                    })
                : RateLimitPartition.GetNoLimiter(string.Empty));

    /// <summary>A token bucket that refills evenly over the minute and allows a burst of a quarter of it.</summary>
    private static RateLimitPartition<string> PerMinute(string key, int perMinute) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, perMinute / 4),
            TokensPerPeriod = Math.Max(1, perMinute / 60),
            ReplenishmentPeriod = TimeSpan.FromSeconds(perMinute >= 60 ? 1 : 60.0 / perMinute),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static Bucket? BucketOf(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/search", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/api/v1/search", StringComparison.OrdinalIgnoreCase))
        {
            return Bucket.Search;
        }

        // Anyone may check a certificate's code, without signing in: per address only.
        if (request.Path.StartsWithSegments("/certificates", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/api/v1/certificates", StringComparison.OrdinalIgnoreCase))
        {
            return Bucket.CertificateCheck;
        }

        // A translation (the API, or the post page asked to show one) may cost the network a call to a paid translator.
        if (request.Path.Value?.EndsWith("/translation", StringComparison.OrdinalIgnoreCase) == true
            || (request.Path.StartsWithSegments("/posts", StringComparison.OrdinalIgnoreCase) && request.Query.ContainsKey("translate")))
        {
            return Bucket.Translation;
        }

        if (!CookieApiAntiforgery.ChangesState(request))
        {
            return null;
        }

        // A hub keeps one long request (or a poll at a time) and sends its own frames: not a write to count.
        if (request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return request.Path.StartsWithSegments("/account/login", StringComparison.OrdinalIgnoreCase) ? Bucket.SignIn : Bucket.Write;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ProblemResults.Problem(
                StatusCodes.Status429TooManyRequests, "rate_limited", $"Too many requests: try again in {seconds} s.", new Dictionary<string, object?> { ["retryAfter"] = seconds })
            .ExecuteAsync(context);
    }
}
