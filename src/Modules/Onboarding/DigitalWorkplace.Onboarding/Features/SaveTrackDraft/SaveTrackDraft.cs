using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Onboarding.Authoring;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;
using DigitalWorkplace.Onboarding.Features.CreateTrack;

namespace DigitalWorkplace.Onboarding.Features.SaveTrackDraft;

/// <summary>
/// Saves the draft of a track: given a draft, its content is replaced; given a published or retired version, the
/// track's next version is drafted (or its draft, if one is being written, replaced). What people follow never changes.
/// </summary>
internal sealed record SaveTrackDraft(Guid TrackId, NewTrack Track) : ICommand<Result<AuthoredTrackDto>>, IValidatable, IAuthoringRequest
{
    public void Validate(Validator validator) => NewTrackRules.Validate(Track is null ? null : Track with { Draft = true }, validator);
}

internal sealed class SaveTrackDraftHandler(
    AuditTrail audit, OnboardingDbContext db, IAudiences audiences, ICommunitiesService communities, IAppDirectory apps, AuthoredTrackViews views, MarkdownRenderer markdown, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SaveTrackDraft, Result<AuthoredTrackDto>>
{
    public static readonly Error SavedMeanwhile = Error.Conflict("onboarding.draft_saved_meanwhile", "Another author started a draft of this track at the same moment: open it again.");

    public async ValueTask<Result<AuthoredTrackDto>> Handle(SaveTrackDraft command, CancellationToken cancellationToken)
    {
        var version = await db.Tracks.AsNoTracking().Where(t => t.Id == command.TrackId).Select(t => new { t.LineageId, t.Status }).SingleOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return AuthoredTrackViews.NotFound;
        }

        if (await NewTrackRules.UnknownAudienceAsync(audiences, command.Track.AudienceIds, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        if (await NewTrackRules.UnknownLinksAsync(db, communities, apps, command.Track, version.LineageId, cancellationToken) is { } broken)
        {
            return broken;
        }

        Guid draftId;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The draft held first (a no-op write): a publication at the same moment then publishes this save, or this save
            // finds no draft any more and drafts the next version — never a published version's steps replaced.
            await db.Tracks.Where(t => t.LineageId == version.LineageId && t.Status == TrackVersionStatus.Draft)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Title, t => t.Title), cancellationToken);
            var draft = await db.Tracks.SingleOrDefaultAsync(t => t.LineageId == version.LineageId && t.Status == TrackVersionStatus.Draft, cancellationToken);
            if (draft is null)
            {
                var next = await db.Tracks.Where(t => t.LineageId == version.LineageId).MaxAsync(t => t.Version, cancellationToken) + 1;
                draft = TrackContent.NewVersion(command.Track, version.LineageId, next, clock.GetUtcNow(), user.PersonId, markdown);
                db.Tracks.Add(draft);
            }
            else
            {
                // A draft's content is replaced whole: nobody follows it, so its steps need not keep their ids.
                var draftKey = draft.Id;
                await db.Questions.Where(q => db.Steps.Any(s => s.Id == q.StepId && s.TrackId == draftKey)).ExecuteDeleteAsync(cancellationToken);
                await db.Steps.Where(s => s.TrackId == draftKey).ExecuteDeleteAsync(cancellationToken);
                await db.TrackAudiences.Where(a => a.TrackId == draftKey).ExecuteDeleteAsync(cancellationToken);
                await db.TrackPrerequisites.Where(p => p.TrackId == draftKey).ExecuteDeleteAsync(cancellationToken);
                TrackContent.Fill(draft, command.Track, markdown);

                // Added explicitly: their ids are set already, so found through the draft they would be taken for rows to update.
                db.AddRange(draft.Audience);
                db.AddRange(draft.Prerequisites);
                db.AddRange(draft.Steps);
            }

            audit.Record(db, "track.draft_saved", new AuditSubject("track", draft.Id.ToString(), draft.Title),
                after: AuditTrail.Fields(("version", draft.Version), ("steps", draft.Steps.Count), ("audienceIds", command.Track.AudienceIds)));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            draftId = draft.Id;
        }
        catch (DbUpdateException)
        {
            // Two authors drafting the next version at once: the unique draft index lets one win.
            return SavedMeanwhile;
        }

        return await views.OneAsync(draftId, cancellationToken);
    }
}
