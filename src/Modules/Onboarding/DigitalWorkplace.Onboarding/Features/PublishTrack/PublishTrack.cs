using DigitalWorkplace.Onboarding.Authoring;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;

namespace DigitalWorkplace.Onboarding.Features.PublishTrack;

/// <summary>
/// Publishes a draft in place of the version people get (see <see cref="TrackPublication"/>): people who had not started
/// move to it; people in progress finish theirs, or, with <see cref="MoveInProgress"/>, move too and keep the steps that did not change.
/// </summary>
internal sealed record PublishTrack(Guid TrackId, bool MoveInProgress) : ICommand<Result<AuthoredTrackDto>>, IAuthoringRequest;

internal sealed class PublishTrackHandler(AuditTrail audit, OnboardingDbContext db, TrackPublication publication, AuthoredTrackViews views)
    : ICommandHandler<PublishTrack, Result<AuthoredTrackDto>>
{
    public async ValueTask<Result<AuthoredTrackDto>> Handle(PublishTrack command, CancellationToken cancellationToken)
    {
        var draft = await db.Tracks.AsNoTracking().Where(t => t.Id == command.TrackId).Select(t => new { t.Title, t.Version }).SingleOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            return AuthoredTrackViews.NotFound;
        }

        audit.Record(db, "track.published", new AuditSubject("track", command.TrackId.ToString(), draft.Title),
            after: AuditTrail.Fields(("version", draft.Version), ("moveInProgress", command.MoveInProgress)));
        var published = await publication.PublishDraftAsync(command.TrackId, command.MoveInProgress, cancellationToken);
        return published.IsSuccess ? await views.OneAsync(command.TrackId, cancellationToken) : published.Error!;
    }
}
