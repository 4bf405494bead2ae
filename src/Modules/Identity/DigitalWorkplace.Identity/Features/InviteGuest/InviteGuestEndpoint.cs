using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Features.InvitePerson;

namespace DigitalWorkplace.Identity.Features.InviteGuest;

/// <param name="SponsorId">The colleague responsible for the guest; the inviter when left out.</param>
/// <param name="EndDate">The guest's last day (at most a year away): their account ends by itself after it.</param>
internal sealed record InviteGuestBody(
    string? DisplayName, string? Email, Guid? OrgUnitId, Guid? SponsorId, DateOnly? EndDate, IReadOnlyList<Guid>? CommunityIds, IReadOnlyList<Guid>? AppIds,
    int? ExpiresInDays);

/// <summary>
/// Invites an external guest: an invitation like any other (a personal link, no e-mail needed), for an external person
/// with a sponsor and an expiry who may use only the chosen communities and apps.
/// </summary>
internal static class InviteGuestEndpoint
{
    public static void Map(IEndpointRouteBuilder guests) =>
        guests.MapPost("/", HandleAsync).WithName("InviteGuest");

    private static async Task<ApiResult<Created<SentInvitation>, Problem.Invalid, Problem.Forbidden, Problem.Conflict>> HandleAsync(
        InviteGuestBody body, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new InvitePerson.InvitePerson(body.DisplayName, body.Email, body.OrgUnitId, EmploymentType.External, null, null, null, null, body.EndDate, body.ExpiresInDays,
                new GuestTerms(body.SponsorId, body.CommunityIds, body.AppIds)),
            cancellationToken);
        return result.IsSuccess ? result.Value!.Created(http.Request) : result.Error;
    }
}
