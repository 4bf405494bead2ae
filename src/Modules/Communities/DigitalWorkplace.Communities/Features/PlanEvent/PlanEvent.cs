using System.Globalization;
using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Communities.Events;

namespace DigitalWorkplace.Communities.Features.PlanEvent;

/// <summary>
/// A community's owner or moderator plans an event: once, or weekly for up to <see cref="MaxWeeks"/> weeks (the weekly
/// meetup), each week an event of its own at the same wall-clock time. With an idempotency key, a retry plans nothing twice.
/// </summary>
internal sealed record PlanEvent(Guid CommunityId, PlanEventRequest Event, string? IdempotencyKey) : ICommand<Result<Creation<EventDto>>>, IValidatable
{
    public const int MaxWeeks = 26;
    public const int MaxCapacity = 100_000;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(7);

    /// <summary>Far enough for any meetup; a year 9999 series would run off the calendar.</summary>
    public const int LastYear = 2100;

    public void Validate(Validator validator)
    {
        var e = Event;
        validator.Required("title", e.Title, CommunityEvent.TitleMaxLength)
            .MaxLength("description", e.Description, CommunityEvent.DescriptionMaxLength)
            .MaxLength("place", e.Place, CommunityEvent.PlaceMaxLength)
            .MaxLength("onlineUrl", e.OnlineUrl, CommunityEvent.OnlineUrlMaxLength)
            .That(e.OnlineUrl is null || (Uri.TryCreate(e.OnlineUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"), "onlineUrl", FieldError.InvalidAddress())
            .That(e.StartsAt is not null, "startsAt", FieldError.Required())
            .That(e.EndsAt is not null, "endsAt", FieldError.Required())
            .That(EventTimes.TryZone(e.TimeZone, out _), "timeZone", FieldError.Rule("time_zone", "must be a time zone such as Europe/Paris."))
            .InRange("capacity", e.Capacity, 1, MaxCapacity)
            .InRange("weeks", e.Weeks, 1, MaxWeeks)
            .MaxLength("idempotencyKey", IdempotencyKey, IdempotentRequest.KeyMaxLength);
    }
}

internal sealed class PlanEventAuthorizer(CommunityPolicy policy) : IAuthorizer<PlanEvent>
{
    public async ValueTask<Error?> AuthorizeAsync(PlanEvent message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken) is { } refused
            ? refused.Kind == ErrorKind.Forbidden ? Error.Forbidden("community.organisers_only", "The community's owners and moderators plan its events.") : refused
            : null;
}

internal sealed class PlanEventHandler(CommunitiesDbContext db, CommunityCache cache, EventViews views, ICurrentUser user, TimeProvider clock) : ICommandHandler<PlanEvent, Result<Creation<EventDto>>>
{
    public async ValueTask<Result<Creation<EventDto>>> Handle(PlanEvent command, CancellationToken cancellationToken)
    {
        var e = command.Event;
        EventTimes.TryZone(e.TimeZone, out var zone);
        var startsAt = EventTimes.ToInstant(e.StartsAt!.Value, zone);
        var endsAt = EventTimes.ToInstant(e.EndsAt!.Value, zone);
        if (startsAt is null || endsAt is null)
        {
            return Error.Validation(startsAt is null ? "startsAt" : "endsAt", FieldError.Rule("skipped_time", "does not exist in this time zone (the clocks go forward then)."));
        }

        if ((await cache.CatalogAsync(cancellationToken))[command.CommunityId].IsArchived)
        {
            return CommunityPolicy.Archived;
        }

        if (startsAt.Value.Year > PlanEvent.LastYear || endsAt.Value.Year > PlanEvent.LastYear)
        {
            return Error.Validation("startsAt", FieldError.Rule("too_far", $"must be before {PlanEvent.LastYear + 1}."));
        }

        if (startsAt <= clock.GetUtcNow())
        {
            return Error.Validation("startsAt", FieldError.Rule("in_the_past", "must be in the future."));
        }

        if (endsAt <= startsAt || endsAt - startsAt > PlanEvent.MaxDuration)
        {
            return Error.Validation("endsAt", FieldError.Rule("after_start", "must be after the start, within 7 days."));
        }

        var request = IdempotentRequest.For(
            command.IdempotencyKey, command.CommunityId.ToString(), e.Title, e.Description, startsAt.Value.ToString("O", CultureInfo.InvariantCulture),
            endsAt.Value.ToString("O", CultureInfo.InvariantCulture), e.TimeZone, e.Place, e.OnlineUrl, e.Capacity?.ToString(CultureInfo.InvariantCulture),
            e.Weeks?.ToString(CultureInfo.InvariantCulture));
        return await request.CreateOnceAsync(db, FindAsync, ct => PlanAsync(command, zone, startsAt.Value, endsAt.Value, request, ct), cancellationToken);
    }

    private async Task<EventDto> PlanAsync(PlanEvent command, TimeZoneInfo zone, DateTimeOffset startsAt, DateTimeOffset endsAt, IdempotentRequest request, CancellationToken cancellationToken)
    {
        var e = command.Event;
        var weeks = e.Weeks ?? 1;
        var firstId = Guid.CreateVersion7();
        var events = Enumerable.Range(0, weeks).Select(week => new CommunityEvent
        {
            Id = week == 0 ? firstId : Guid.CreateVersion7(),
            CommunityId = command.CommunityId,
            SeriesId = weeks > 1 ? firstId : null,
            Title = e.Title!.Trim(),
            Description = string.IsNullOrWhiteSpace(e.Description) ? null : e.Description.Trim(),
            StartsAt = EventTimes.WeeksLater(startsAt, week, zone),
            EndsAt = EventTimes.WeeksLater(endsAt, week, zone),
            TimeZone = e.TimeZone!,
            Place = string.IsNullOrWhiteSpace(e.Place) ? null : e.Place.Trim(),
            OnlineUrl = string.IsNullOrWhiteSpace(e.OnlineUrl) ? null : e.OnlineUrl,
            Capacity = e.Capacity,
            CreatedBy = user.PersonId,
            CreatedAt = clock.GetUtcNow(),
            // The key is the first event's: the series is created once, with it.
            IdempotencyKey = week == 0 ? request.Key : null,
            IdempotencyFingerprint = week == 0 ? request.StoredFingerprint : null,
        }).ToList();
        db.Events.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);
        return await views.ToDtoAsync(events[0], cancellationToken);
    }

    private async Task<Keyed<EventDto>?> FindAsync(string key, CancellationToken cancellationToken) =>
        await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.CreatedBy == user.PersonId && x.IdempotencyKey == key, cancellationToken) is { } existing
            ? new Keyed<EventDto>(await views.ToDtoAsync(existing, cancellationToken), existing.IdempotencyFingerprint)
            : null;
}
