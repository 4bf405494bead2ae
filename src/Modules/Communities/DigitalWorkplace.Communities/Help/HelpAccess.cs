using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Help;

/// <summary>
/// A help request is between its requester and support (the support role, administrators): anyone else finds nothing
/// (404, as for an id that does not exist).
/// </summary>
internal sealed class HelpAccess(CommunitiesDbContext db, ICurrentUser user)
{
    public static readonly Error NotFound = Error.NotFound("help.not_found");

    public bool IsSupport => user.IsAuthenticated && user.HasRole(PlatformRoleClaims.Support);

    public async Task<Error?> ReadAsync(Guid requestId, CancellationToken cancellationToken) =>
        await db.SupportRequests.AsNoTracking().Where(r => r.Id == requestId).Select(r => (Guid?)r.PersonId).FirstOrDefaultAsync(cancellationToken) is { } requester
        && (requester == user.PersonId || IsSupport)
            ? null
            : NotFound;

    /// <summary>The queue is not theirs to know of: anyone without the support role finds nothing (404).</summary>
    public Error? Support() => IsSupport ? null : Error.NotFound("help.not_found");
}
