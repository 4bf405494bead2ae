using System.Net;
using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Identity.Contracts;

/// <summary>What the sign-up page shows about an invitation before anyone signs up with it.</summary>
/// <param name="DisplayName">The invited person's name (a personal link), to greet them; null for a location code.</param>
public sealed record JoinPreview(bool IsPersonal, string? DisplayName, string? OrgUnitName, bool RequiresApproval);

/// <param name="Secret">A personal link's secret (<c>/join/{secret}</c>), or null.</param>
/// <param name="Code">A location code as typed, or null.</param>
/// <param name="Language">"en" or "fr".</param>
public sealed record JoinRequest(string? Secret, string? Code, string? DisplayName, string? UserName, string? Password, string? Language, bool AcceptsCharter);

/// <param name="PendingApproval">True when the location's manager still has to approve: the person is not signed in yet.</param>
public sealed record JoinOutcome(Guid PersonId, string UserName, bool PendingApproval);

/// <summary>
/// Joining without a corporate e-mail, from a personal link, its QR code or a location code: anonymous, like signing in,
/// so it is a service behind the sign-up form rather than a request (the invitation is the authorization), and every
/// failed code or link is counted by the sign-in throttle.
/// </summary>
public interface IJoinService
{
    /// <summary>The invitation, or an error: <c>join.invalid</c> (unknown, used, expired, revoked — one answer for all) or <c>join.throttled</c>.</summary>
    Task<Result<JoinPreview>> PreviewAsync(string? secret, string? code, IPAddress? address, CancellationToken cancellationToken);

    /// <summary>Creates or completes the account, and signs the person in with a cookie unless it awaits approval.</summary>
    Task<Result<JoinOutcome>> JoinAsync(JoinRequest request, IPAddress? address, CancellationToken cancellationToken);
}
