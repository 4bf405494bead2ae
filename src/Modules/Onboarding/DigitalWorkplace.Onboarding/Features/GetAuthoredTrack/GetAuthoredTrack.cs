using DigitalWorkplace.Onboarding.Authoring;
using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.GetAuthoredTrack;

/// <summary>One version of a track as its author edits it, right answers included.</summary>
internal sealed record GetAuthoredTrack(Guid TrackId) : IQuery<Result<AuthoredTrackDto>>, IAuthoringRequest;

internal sealed class GetAuthoredTrackHandler(AuthoredTrackViews views) : IQueryHandler<GetAuthoredTrack, Result<AuthoredTrackDto>>
{
    public async ValueTask<Result<AuthoredTrackDto>> Handle(GetAuthoredTrack query, CancellationToken cancellationToken) =>
        await views.OneAsync(query.TrackId, cancellationToken);
}
