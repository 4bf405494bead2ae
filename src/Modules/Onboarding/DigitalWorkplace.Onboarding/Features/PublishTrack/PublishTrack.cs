using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Authoring;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Features.CreateTrack;

namespace DigitalWorkplace.Onboarding.Features.PublishTrack;

/// <summary>
/// Publishes a draft in place of the version people get (see <see cref="TrackPublication"/>): people who had not started
/// move to it; people in progress finish theirs, or, with <see cref="MoveInProgress"/>, move too and keep the steps that did not change.
/// </summary>
internal sealed record PublishTrack(Guid TrackId, bool MoveInProgress) : ICommand<Result<AuthoredTrackDto>>, IAuthoringRequest;

internal sealed class PublishTrackHandler(AuditTrail audit, OnboardingDbContext db, IAudiences audiences, TrackPublication publication, AuthoredTrackViews views)
    : ICommandHandler<PublishTrack, Result<AuthoredTrackDto>>
{
    public async ValueTask<Result<AuthoredTrackDto>> Handle(PublishTrack command, CancellationToken cancellationToken)
    {
        var draft = await db.Tracks.AsNoTracking()
            .Include(t => t.Audience).Include(t => t.Steps).ThenInclude(s => s.Questions).AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Id == command.TrackId, cancellationToken);
        if (draft is null)
        {
            return AuthoredTrackViews.NotFound;
        }

        if (draft.Status != Domain.TrackStatus.Draft)
        {
            return TrackPublication.NotADraft;
        }

        // A draft may be saved unfinished; what people get must have steps and an audience that still exists.
        if (NewTrackRules.ValidateForPublication(TrackContent.ToNewTrack(draft)) is { } invalid)
        {
            return invalid;
        }

        if (await NewTrackRules.UnknownAudienceAsync(audiences, [.. draft.Audience.Select(a => a.AudienceId)], cancellationToken) is { } unknown)
        {
            return unknown;
        }

        audit.Record(db, "track.published", new AuditSubject("track", draft.Id.ToString(), draft.Title),
            after: AuditTrail.Fields(("version", draft.Version), ("moveInProgress", command.MoveInProgress)));
        var published = await publication.PublishDraftAsync(draft, command.MoveInProgress, cancellationToken);
        return published.IsSuccess ? await views.OneAsync(draft.Id, cancellationToken) : published.Error!;
    }
}
