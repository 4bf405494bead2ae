using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.BuildingBlocks.Mail;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.Live.Digests;

/// <summary>
/// Mails each person what waited unread in their notification centre: notifications left unread for
/// <see cref="DigestOptions.After"/>, at most once a day (or a week, or never, as they chose), never during their quiet
/// hours, only to active people with an address, and nothing of a group they turned off; the words of a comment, reply
/// or mention stay on the platform (the kind and the link are mailed). Each person's <see cref="DigestCursor"/> is
/// claimed by a conditional write before the mail goes, so two nodes never send it twice; what the SMTP server did not
/// take (unreachable, "try later", a dropped session) is given back and the next pass sends it.
/// </summary>
internal sealed partial class EmailDigest(IServiceScopeFactory scopes, TimeProvider clock, LiveOptions live, MailOptions mail, ILogger<EmailDigest> logger) : BackgroundService
{
    /// <summary>How far back a first digest looks (and a weekly one at most).</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(7);

    private const int Batch = 200;

    /// <summary>The unread notifications read for one digest at most.</summary>
    private const int MaxRead = 500;

    private DigestOptions Options => live.Digest;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!mail.IsEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Options.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception);
            }
        }
    }

    /// <summary>One pass; returns how many digests the SMTP server accepted.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (services.GetService<IMailSender>() is not { } sender || services.GetService<IDigestWriter>() is not { } writer)
        {
            return 0;
        }

        var db = services.GetRequiredService<LiveDbContext>();
        var now = clock.GetUtcNow();
        var claimed = new Dictionary<OutgoingMail, Digest>(ReferenceEqualityComparer.Instance);
        foreach (var digest in await DueAsync(db, services.GetRequiredService<IPeopleDirectory>(), now, cancellationToken))
        {
            // Worded before it is claimed: a digest that cannot be written is never marked sent.
            var mail = MailOf(digest, writer);
            if (await ClaimAsync(db, digest, now, cancellationToken))
            {
                claimed[mail] = digest;
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        var outcome = await sender.SendAsync([.. claimed.Keys], cancellationToken);
        foreach (var refused in outcome.Refused)
        {
            LogRefused(logger, claimed[refused].Person.Id);
        }

        if (outcome.Unsent.Count > 0)
        {
            LogUnavailable(logger, outcome.Unsent.Count, outcome.Failure);
            foreach (var unsent in outcome.Unsent)
            {
                // Given back even when the host is stopping, so the next pass (on any node) sends it.
                await GiveBackAsync(db, claimed[unsent], now, CancellationToken.None);
            }
        }

        return outcome.Sent.Count;
    }

    /// <summary>A person's digest: who, their words for it, and the cursor it moves.</summary>
    private sealed record Digest(PersonSummary Person, NotificationPreferences? Preferences, DigestCursor? Cursor, IReadOnlyList<Notification> Items, int Total);

    private async Task<List<Digest>> DueAsync(LiveDbContext db, IPeopleDirectory directory, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ripe = now - Options.After;
        var horizon = now - Horizon;
        // Nobody is mailed twice within the shortest period: those mailed in the last day are left out here already.
        var shortest = now - TimeSpan.FromDays(1);
        var waiting = await db.Notifications.AsNoTracking()
            .Where(n => n.ReadAt == null && n.At <= ripe && n.At > horizon && !db.DigestCursors.Any(c => c.PersonId == n.PersonId && c.LastSentAt > shortest))
            .Select(n => n.PersonId).Distinct().ToListAsync(cancellationToken);
        var due = new List<Digest>();
        foreach (var people in waiting.Chunk(Batch))
        {
            var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => people.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, cancellationToken);
            var cursors = await db.DigestCursors.AsNoTracking().Where(c => people.Contains(c.PersonId)).ToDictionaryAsync(c => c.PersonId, cancellationToken);
            var wanting = people.Where(id => Wants(preferences.GetValueOrDefault(id), cursors.GetValueOrDefault(id), now)).ToList();
            var summaries = await directory.GetManyAsync(wanting, cancellationToken);
            foreach (var id in wanting)
            {
                if (summaries.GetValueOrDefault(id) is not { Email.Length: > 0 } person || !await directory.IsActiveAsync(id, cancellationToken))
                {
                    continue;
                }

                var since = cursors.GetValueOrDefault(id)?.SentUpTo is { } sentUpTo && sentUpTo > horizon ? sentUpTo : horizon;
                // The newest few hundred are plenty to list 20 and count the rest of a week.
                var unread = (await db.Notifications.AsNoTracking().Where(n => n.PersonId == id && n.ReadAt == null && n.At > since && n.At <= ripe)
                    .OrderByDescending(n => n.Id).Take(MaxRead).ToListAsync(cancellationToken))
                    .Where(n => preferences.GetValueOrDefault(id)?.Mutes(n.Kind) != true).ToList();
                if (unread.Count > 0)
                {
                    due.Add(new Digest(person, preferences.GetValueOrDefault(id), cursors.GetValueOrDefault(id), [.. unread.Take(Options.MaxItems)], unread.Count));
                }
            }

            if (due.Count >= Batch)
            {
                break;
            }
        }

        return due;
    }

    /// <summary>Chose a digest, not mailed within its period, and not in quiet hours now.</summary>
    private static bool Wants(NotificationPreferences? preferences, DigestCursor? cursor, DateTimeOffset now)
    {
        var frequency = preferences?.Digest ?? DigestFrequency.Daily;
        if (frequency == DigestFrequency.Off || preferences?.IsQuietAt(now) == true)
        {
            return false;
        }

        var period = frequency == DigestFrequency.Weekly ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);
        return cursor is null || now - cursor.LastSentAt >= period;
    }

    /// <summary>Moves the cursor only if nobody else did since it was read: true when this pass owns the digest.</summary>
    private static async Task<bool> ClaimAsync(LiveDbContext db, Digest digest, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var upTo = digest.Items.Max(n => n.At);
        if (digest.Cursor is { } cursor)
        {
            return await db.DigestCursors.Where(c => c.PersonId == cursor.PersonId && c.LastSentAt == cursor.LastSentAt)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastSentAt, now).SetProperty(c => c.SentUpTo, upTo), cancellationToken) == 1;
        }

        db.DigestCursors.Add(new DigestCursor { PersonId = digest.Person.Id, LastSentAt = now, SentUpTo = upTo });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node made the row first: the digest is theirs.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The mail did not go: the cursor goes back to where it was, if it is still this pass's.</summary>
    private static async Task GiveBackAsync(LiveDbContext db, Digest digest, DateTimeOffset claimedAt, CancellationToken cancellationToken)
    {
        var mine = db.DigestCursors.Where(c => c.PersonId == digest.Person.Id && c.LastSentAt == claimedAt);
        if (digest.Cursor is { } before)
        {
            await mine.ExecuteUpdateAsync(set => set.SetProperty(c => c.LastSentAt, before.LastSentAt).SetProperty(c => c.SentUpTo, before.SentUpTo), cancellationToken);
        }
        else
        {
            await mine.ExecuteDeleteAsync(cancellationToken);
        }
    }

    private OutgoingMail MailOf(Digest digest, IDigestWriter writer)
    {
        var site = mail.SiteUrl!;
        // "./" keeps every link under the site, even a path that looks like an address ("/https://elsewhere").
        Uri Link(string path) => new(site, "." + LocalUrl.OrHome(path));
        var content = new DigestContent(
            digest.Person.DisplayName,
            digest.Preferences?.Language ?? "en",
            // What someone wrote is not mailed (it may have been hidden since, or be private): the kind and the link are.
            [.. digest.Items.Select(n => new DigestItem(n.Kind, NotificationKinds.QuotesContent(n.Kind) ? "" : n.Text, Link(n.Url), n.At))],
            digest.Total - digest.Items.Count,
            Link("/notifications"),
            Link("/notifications?settings=open"),
            digest.Preferences?.TimeZone);
        var words = writer.Write(content);
        return new OutgoingMail(digest.Person.Email!, digest.Person.DisplayName, words.Subject, words.Text, words.Html)
        {
            Headers = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Auto-Submitted"] = "auto-generated",
                ["List-Unsubscribe"] = $"<{content.SettingsUrl}>",
            },
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending e-mail digests failed; the next pass tries again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} digests were not sent and wait for the next pass: {Failure}")]
    private static partial void LogUnavailable(ILogger logger, int count, string? failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SMTP server refused the digest to person {PersonId}'s address; it is not tried again before their next digest.")]
    private static partial void LogRefused(ILogger logger, Guid personId);
}
