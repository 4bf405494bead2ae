using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Digests;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace DigitalWorkplace.Live.Tests;

/// <summary>The host mailing through a real SMTP server on loopback; digests are ripe at once, and each test runs a pass itself.</summary>
public class DigestPlatform(TestDatabase database) : PlatformFactory(database)
{
    public LocalSmtpServer Smtp { get; } = new();

    protected override async Task BeforeStartAsync() => await Smtp.InitializeAsync();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(Smtp.Settings)
    {
        ["Live:Digest:After"] = "00:00:00",
        ["Live:Digest:Interval"] = "01:00:00",
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class DigestSqlitePlatform() : DigestPlatform(TestDatabase.Sqlite);

public sealed class DigestPostgresPlatform() : DigestPlatform(TestDatabase.Postgres);

/// <summary>The e-mail digest: what waited unread, mailed once a period in the person's language, never in quiet hours, and nothing lost when the relay is down.</summary>
public abstract class EmailDigestTests(DigestPlatform platform)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnreadNotifications_AreMailedOnce_InTheLanguageTheSettingsWereSavedIn_WithAbsoluteLinksEncodedTitlesAndNoQuotedWords()
    {
        var person = await platform.CreateUserAsync("Inès Barista");
        await SavePreferencesAsync(person, "fr-FR", new { digest = "Daily" });
        await NotifyAsync(person, "mention", "Ana: the secret recipe is…", "/posts/7f0c8d2e-0000-7000-8000-000000000001");
        await NotifyAsync(person, "announcement", "<b>Winter</b> card & allergens", "/announcements/7f0c8d2e-0000-7000-8000-000000000002");
        await NotifyAsync(person, "reply", "Bo: ok", "/https://evil.example/phish");

        Assert.True(await SendDueAsync() >= 1);
        Assert.Equal(0, await SendDueAsync(onlyFor: person));

        var mail = Assert.Single(platform.Smtp.To(person.Email));
        Assert.Equal("3 nouveautés vous attendent sur Digital Workplace", mail.Subject);
        Assert.Equal("no-reply@dw.test", mail.From.Mailboxes.Single().Address);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.Equal("<https://dw.test/notifications?settings=open>", mail.Headers["List-Unsubscribe"]);
        Assert.Contains("Bonjour Inès Barista,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://dw.test/posts/7f0c8d2e-0000-7000-8000-000000000001", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<b>Winter</b> card & allergens", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Winter&lt;/b&gt; card &amp; allergens", mail.HtmlBody, StringComparison.Ordinal);
        // What a colleague wrote stays on the platform: the mail says who and where, not what.
        Assert.DoesNotContain("secret recipe", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Bo: ok", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        // A path that looks like an address still leads under the site, never away.
        Assert.Contains("https://dw.test/https://evil.example/phish", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://evil.example", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressTheRelayRefuses_DoesNotStopTheOthers_AndIsNotRetriedEveryPass()
    {
        var refused = await platform.CreateUserAsync("Bounced");
        var fine = await platform.CreateUserAsync("Delivered");
        platform.Smtp.Refused[refused.Email] = true;
        await NotifyAsync(refused, "recognition", "Ana", "/values");
        await NotifyAsync(fine, "recognition", "Ana", "/values");

        await SendDueAsync();
        await SendDueAsync();

        Assert.Empty(platform.Smtp.To(refused.Email));
        Assert.Single(platform.Smtp.To(fine.Email));
        Assert.Equal(1, await platform.AsAsync(null, sp => sp.GetRequiredService<LiveDbContext>().DigestCursors.CountAsync(c => c.PersonId == refused.Id, Cancel)));
    }

    [Fact]
    public async Task WhatWasRead_WhoTurnedItOff_WhoHasNoAddress_AndWhoIsInQuietHours_AreNotMailed_UntilTheirQuietHoursEnd()
    {
        var reader = await platform.CreateUserAsync("Read it all");
        var off = await platform.CreateUserAsync("No digest");
        var noAddress = await platform.CreateUserAsync("No address");
        var resting = await platform.CreateUserAsync("Night shift");
        await SavePreferencesAsync(off, "en", new { digest = "Off" });
        var removed = await platform.AsAsync(noAddress, sp => sp.GetRequiredService<IAccountService>().ChangeSignInNameAsync(PlatformFactory.Password, $"noaddress{Guid.NewGuid().ToString("N")[..8]}", "", CancellationToken.None));
        Assert.True(removed.IsSuccess, removed.Error?.Message);
        var now = TimeOnly.FromDateTime(DateTime.UtcNow);
        await SavePreferencesAsync(resting, "en", new { quietFrom = Hhmm(now.AddHours(-1)), quietTo = Hhmm(now.AddHours(1)), timeZone = "UTC" });
        foreach (var person in new[] { reader, off, noAddress, resting })
        {
            await NotifyAsync(person, "comment", "Ana: see you", "/notifications");
        }

        using var read = await platform.CreateClientFor(reader).PostAsync("/api/v1/notifications/read", null, Cancel);
        Assert.True(read.IsSuccessStatusCode, read.StatusCode.ToString());
        Assert.False((await PreferencesAsync(noAddress)).DigestAvailable);
        Assert.True((await PreferencesAsync(off)).DigestAvailable);
        // Saving without naming the digest (a client that only changes groups) keeps it off.
        await SavePreferencesAsync(off, "en", new { muted = new List<string> { "reactions" } });
        Assert.Equal(DigestFrequency.Off, (await PreferencesAsync(off)).Digest);

        await SendDueAsync();

        Assert.Empty(platform.Smtp.To(reader.Email));
        Assert.Empty(platform.Smtp.To(off.Email));
        Assert.Empty(platform.Smtp.To(noAddress.Email));
        Assert.Empty(platform.Smtp.To(resting.Email));

        await SavePreferencesAsync(resting, "en", new { });
        await SendDueAsync();

        var mail = Assert.Single(platform.Smtp.To(resting.Email));
        Assert.Equal("1 thing waiting for you on Digital Workplace", mail.Subject);
    }

    [Fact]
    public async Task WhenTheRelayIsDown_NothingIsMarkedSent_AndTheNextPassMailsIt_OnceEvenWithTwoPassesAtOnce()
    {
        var person = await platform.CreateUserAsync("Patient");
        await NotifyAsync(person, "recognition", "Ana", "/values");
        await platform.Smtp.StopAsync();
        try
        {
            Assert.Equal(0, await SendDueAsync());
        }
        finally
        {
            platform.Smtp.Start();
        }

        Assert.Empty(platform.Smtp.To(person.Email));

        await Task.WhenAll(SendDueAsync(), SendDueAsync());

        Assert.Single(platform.Smtp.To(person.Email));
    }

    [Fact]
    public async Task ALaterNotification_WaitsForTheNextPeriod_AndThenOnlyTheNewOnesAreMailed()
    {
        var person = await platform.CreateUserAsync("Weekly reader");
        await NotifyAsync(person, "announcement", "First card", "/announcements");
        await SendDueAsync();
        await NotifyAsync(person, "announcement", "Second card", "/announcements");

        await SendDueAsync();
        Assert.Single(platform.Smtp.To(person.Email));

        // A day later (the cursor moved back a day), the second digest carries only what came after the first.
        await platform.AsAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<LiveDbContext>();
            var cursor = await db.DigestCursors.SingleAsync(c => c.PersonId == person.Id, Cancel);
            cursor.LastSentAt = cursor.LastSentAt.AddDays(-1);
            return await db.SaveChangesAsync(Cancel);
        });
        await SendDueAsync();

        var second = platform.Smtp.To(person.Email)[1];
        Assert.Contains("Second card", second.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("First card", second.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADigestChoiceThatIsNotOne_Is400NamingDigest()
    {
        var person = await platform.CreateUserAsync();

        using var refused = await platform.CreateClientFor(person).PutAsJsonAsync("/api/v1/notifications/preferences", new { digest = "Hourly" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("digest", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.OrdinalIgnoreCase);
    }

    private static string Hhmm(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private async Task SavePreferencesAsync(TestUser person, string language, object preferences)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/notifications/preferences") { Content = JsonContent.Create(preferences) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await platform.CreateClientFor(person).SendAsync(request, Cancel);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    private async Task<NotificationPreferencesDto> PreferencesAsync(TestUser person) =>
        (await platform.CreateClientFor(person).GetFromJsonAsync<NotificationPreferencesDto>("/api/v1/notifications/preferences", Cancel))!;

    /// <summary>A notification as the handlers make it (the digest's input), a second old.</summary>
    private Task<int> NotifyAsync(TestUser person, string kind, string text, string url) =>
        platform.AsAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<LiveDbContext>();
            db.Notifications.Add(new Notification { Id = Guid.CreateVersion7(), PersonId = person.Id, Kind = kind, Text = text, Url = url, At = DateTimeOffset.UtcNow.AddSeconds(-1) });
            return await db.SaveChangesAsync(Cancel);
        });

    private Task<int> SendDueAsync() => platform.Services.GetRequiredService<EmailDigest>().SendDueAsync(Cancel);

    private async Task<int> SendDueAsync(TestUser onlyFor)
    {
        var before = platform.Smtp.To(onlyFor.Email).Count;
        await SendDueAsync();
        return platform.Smtp.To(onlyFor.Email).Count - before;
    }
}

public sealed class EmailDigestSqliteTests(DigestSqlitePlatform platform) : EmailDigestTests(platform), IClassFixture<DigestSqlitePlatform>;

public sealed class EmailDigestPostgresTests(DigestPostgresPlatform platform) : EmailDigestTests(platform), IClassFixture<DigestPostgresPlatform>;
