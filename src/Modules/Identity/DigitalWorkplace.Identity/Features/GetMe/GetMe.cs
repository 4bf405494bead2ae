using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.GetMe;

/// <summary>The signed-in person's own profile.</summary>
internal sealed record GetMe : IQuery<Result<MeResponse>>, IAnyActivePersonRequest;

internal sealed record MeResponse(
    Guid Id, string DisplayName, string? Email, EmploymentType EmploymentType, string? OrgUnitName, DateOnly? StartDate, DateOnly? EndDate, bool IsAdministrator);

internal sealed class GetMeHandler(IdentityModuleDbContext db, ICurrentUser user) : IQueryHandler<GetMe, Result<MeResponse>>
{
    public async ValueTask<Result<MeResponse>> Handle(GetMe query, CancellationToken cancellationToken)
    {
        var me = await (
                from person in db.Users.Where(p => p.Id == user.PersonId)
                join unit in db.OrgUnits on person.OrgUnitId equals unit.Id into units
                from unit in units.DefaultIfEmpty()
                select new MeResponse(
                    person.Id, person.DisplayName, person.Email, person.EmploymentType, unit == null ? null : unit.Name,
                    person.StartDate, person.EndDate, user.IsAdministrator))
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        return me is null ? Error.NotFound("person.not_found") : me;
    }
}
