using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Live.Data;
using DigitalWorkplace.Live.Digests;
using DigitalWorkplace.Live.Domain;
using DigitalWorkplace.Live.Features.GetNotificationPreferences;

namespace DigitalWorkplace.Live.Features.SetNotificationPreferences;

/// <summary>Sets which groups of notifications I hear of and my quiet hours (both ends or neither, in a known time zone).</summary>
internal sealed record SetNotificationPreferences(NotificationPreferencesInput Preferences) : ICommand<Result<NotificationPreferencesDto>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator
        .That((Preferences.Muted ?? []).All(g => g is not null && NotificationKinds.Groups.Contains(g)), "muted", FieldError.OneOf(NotificationKinds.Groups))
        .That(Preferences.QuietFrom is null == Preferences.QuietTo is null, "quietTo", FieldError.Rule("both_or_neither", "must be given with quietFrom, or neither."))
        .That(Preferences.TimeZone is null || TimeZoneInfo.TryFindSystemTimeZoneById(Preferences.TimeZone, out _), "timeZone", FieldError.Rule("unknown_time_zone", "names no known time zone."))
        .That(Preferences.Digest is null || Enum.IsDefined(Preferences.Digest.Value), "digest", FieldError.OneOf(Enum.GetNames<DigestFrequency>()));
}

internal sealed class SetNotificationPreferencesHandler(LiveDbContext db, ICurrentUser user, DigestAvailability digests) : ICommandHandler<SetNotificationPreferences, Result<NotificationPreferencesDto>>
{
    public async ValueTask<Result<NotificationPreferencesDto>> Handle(SetNotificationPreferences command, CancellationToken cancellationToken)
    {
        var preferences = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.PersonId == user.PersonId, cancellationToken);
        if (preferences is null)
        {
            preferences = new NotificationPreferences { PersonId = user.PersonId };
            db.NotificationPreferences.Add(preferences);
        }

        preferences.MutedGroups = [.. (command.Preferences.Muted ?? []).Distinct()];
        preferences.QuietFrom = command.Preferences.QuietFrom;
        preferences.QuietTo = command.Preferences.QuietTo;
        preferences.TimeZone = command.Preferences.QuietFrom is null ? null : command.Preferences.TimeZone ?? "UTC";
        // Left out, the digest stays as it was (a client that only changes groups does not turn mail back on).
        preferences.Digest = command.Preferences.Digest ?? preferences.Digest;
        // The digest is written in the language the person set their preferences in.
        preferences.Language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(preferences).State == EntityState.Added)
        {
            // Two first saves at once: the other one made the row; this one is the same person's latest word.
            db.ChangeTracker.Clear();
            return await Handle(command, cancellationToken);
        }

        return GetNotificationPreferencesHandler.ToDto(preferences, await digests.ForAsync(user.PersonId, cancellationToken));
    }
}
