using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.GetMe;

/// <summary>The signed-in person's own profile.</summary>
internal sealed record GetMe : IQuery<Result<MeResponse>>, IAnyActivePersonRequest;

internal sealed record MeResponse(
    Guid Id, string DisplayName, string? Email, EmploymentType EmploymentType, string? OrgUnitName, DateOnly? StartDate, DateOnly? EndDate, bool IsAdministrator);

/// <summary>From the caches that authentication has just warmed: a phone asks for it on every start, so it costs no query.</summary>
internal sealed class GetMeHandler(IPeopleDirectory people, Credentials credentials, ICurrentUser user) : IQueryHandler<GetMe, Result<MeResponse>>
{
    public async ValueTask<Result<MeResponse>> Handle(GetMe query, CancellationToken cancellationToken)
    {
        var status = await credentials.PersonAsync(user.PersonId, cancellationToken);
        var summary = (await people.GetManyAsync([user.PersonId], cancellationToken)).GetValueOrDefault(user.PersonId);
        return status is null || summary is null
            ? Error.NotFound("person.not_found")
            : new MeResponse(
                summary.Id, summary.DisplayName, summary.Email, summary.EmploymentType, summary.OrgUnitName, summary.StartDate, status.EndDate, user.IsAdministrator);
    }
}
