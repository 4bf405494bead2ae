using DigitalWorkplace.Onboarding.Data;

namespace DigitalWorkplace.Onboarding;

/// <summary>A request about one of the current person's tracks.</summary>
internal interface ITrackRequest
{
    Guid TrackId { get; }
}

/// <summary>
/// The one place that says who may follow a track: the people it is assigned to. Anyone else gets a 404,
/// so tracks meant for other audiences cannot be probed.
/// </summary>
internal sealed class TrackAccessPolicy(OnboardingDbContext db)
{
    public static readonly Error TrackNotFound = Error.NotFound("onboarding.track_not_found");

    public Task<bool> IsAssignedAsync(Guid personId, Guid trackId, CancellationToken cancellationToken) =>
        db.Assignments.AnyAsync(a => a.PersonId == personId && a.TrackId == trackId, cancellationToken);
}

internal sealed class TrackRequestAuthorizer<TRequest>(TrackAccessPolicy policy) : BuildingBlocks.Mediation.IAuthorizer<TRequest>
    where TRequest : ITrackRequest
{
    public async ValueTask<Error?> AuthorizeAsync(TRequest message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.IsAssignedAsync(user.PersonId, message.TrackId, cancellationToken) ? null : TrackAccessPolicy.TrackNotFound;
}
