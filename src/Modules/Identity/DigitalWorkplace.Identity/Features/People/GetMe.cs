using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.BuildingBlocks.Security;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.Identity.Features.People;

/// <summary>The signed-in person's own profile.</summary>
internal sealed record GetMe : IQuery<Result<MeResponse>>, IAuthorizedRequest;

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
