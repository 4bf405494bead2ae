using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Authoring;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Features.AssignTrack;

/// <summary>
/// Assigns the version people get to some people by hand (a transfer, a refresher for one team), besides its audiences;
/// whoever has a version of the track already keeps it. Answers how many were assigned now.
/// </summary>
internal sealed record AssignTrack(Guid TrackId, IReadOnlyList<Guid> PersonIds) : ICommand<Result<int>>, IValidatable, IAuthoringRequest
{
    public const int MaxPeople = 500;

    public void Validate(Validator validator) =>
        validator.That(PersonIds is { Count: > 0 and <= MaxPeople }, "personIds", FieldError.Rule("count_out_of_range", $"must name between 1 and {MaxPeople} people.",
            new Dictionary<string, object>(StringComparer.Ordinal) { ["min"] = 1, ["max"] = MaxPeople }));
}

internal sealed class AssignTrackHandler(AuditTrail audit, OnboardingDbContext db, IPeopleDirectory people, TrackAssignments assignments)
    : ICommandHandler<AssignTrack, Result<int>>
{
    public static readonly Error NotPublished = Error.Conflict("onboarding.track_not_published", "Only the version people get is assigned: publish the draft first.");

    public async ValueTask<Result<int>> Handle(AssignTrack command, CancellationToken cancellationToken)
    {
        var track = await db.Tracks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == command.TrackId, cancellationToken);
        if (track is null)
        {
            return AuthoredTrackViews.NotFound;
        }

        if (track.Status != TrackVersionStatus.Published)
        {
            return NotPublished;
        }

        var ids = command.PersonIds.Distinct().ToList();
        var found = await people.GetManyAsync(ids, cancellationToken);
        if (found.Count != ids.Count)
        {
            return Error.Validation("personIds", FieldError.Rule("unknown_person", "names someone who is not in the directory."));
        }

        var assigned = await assignments.AssignAsync([track], ids, cancellationToken, found.ToDictionary(p => p.Key, p => p.Value.StartDate));
        audit.Record(db, "track.assigned", new AuditSubject("track", track.Id.ToString(), track.Title), after: AuditTrail.Fields(("personIds", ids), ("assigned", assigned)));
        await db.SaveChangesAsync(cancellationToken);
        return assigned;
    }
}
