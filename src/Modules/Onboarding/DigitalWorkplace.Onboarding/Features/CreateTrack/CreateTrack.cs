using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Authoring;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Features.CreateTrack;

/// <summary>
/// Creates a track's first version: a draft, or published at once (assigned to its audiences' members, resumably: see
/// <see cref="TrackPublication"/>). A retry with the same idempotency key answers the first creation, never a second track.
/// </summary>
internal sealed record CreateTrack(NewTrack Track, string? IdempotencyKey = null) : ICommand<Result<Creation<Guid>>>, IValidatable, IAuthoringRequest
{
    public void Validate(Validator validator)
    {
        NewTrackRules.Validate(Track, validator);
        validator.MaxLength("idempotencyKey", IdempotencyKey, IdempotentRequest.KeyMaxLength);
    }
}

internal sealed class CreateTrackHandler(
    AuditTrail audit, OnboardingDbContext db, IAudiences audiences, ICommunitiesService communities, IAppDirectory apps, TrackPublication publication, MarkdownRenderer markdown, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateTrack, Result<Creation<Guid>>>
{
    public async ValueTask<Result<Creation<Guid>>> Handle(CreateTrack command, CancellationToken cancellationToken)
    {
        if (await NewTrackRules.UnknownAudienceAsync(audiences, command.Track.AudienceIds, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        if (await NewTrackRules.UnknownLinksAsync(db, communities, apps, command.Track, lineageId: null, cancellationToken) is { } broken)
        {
            return broken;
        }

        var request = IdempotentRequest.For(command.IdempotencyKey, JsonSerializer.Serialize(command.Track));
        return await request.CreateOnceAsync(db, FindAsync, ct => CreateAsync(command.Track, request, ct), cancellationToken);
    }

    private async Task<Guid> CreateAsync(NewTrack source, IdempotentRequest request, CancellationToken cancellationToken)
    {
        var track = TrackContent.NewVersion(source, Guid.CreateVersion7(), version: 1, clock.GetUtcNow(), user.PersonId, markdown, request);
        db.Tracks.Add(track);
        if (!source.Draft)
        {
            publication.MarkPublished(track);
        }

        audit.Record(db, source.Draft ? "track.drafted" : "track.created", new AuditSubject("track", track.Id.ToString(), track.Title),
            after: AuditTrail.Fields(("steps", track.Steps.Count), ("audienceIds", track.Audience.Select(a => a.AudienceId).ToList())));
        await db.SaveChangesAsync(cancellationToken);
        if (!source.Draft)
        {
            await publication.CompleteSoonAsync(track.Id, moveInProgress: false, cancellationToken);
        }

        return track.Id;
    }

    private async Task<Keyed<Guid>?> FindAsync(string key, CancellationToken cancellationToken) =>
        await db.Tracks.AsNoTracking()
            .Where(t => t.CreatedBy == user.PersonId && t.IdempotencyKey == key)
            .Select(t => new Keyed<Guid>(t.Id, t.IdempotencyFingerprint))
            .SingleOrDefaultAsync(cancellationToken);
}
