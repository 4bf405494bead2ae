using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Features.GetPerson;

/// <summary>The profile as the API gives it: the summary's fields, and <see cref="Guest"/> for a guest (null otherwise).</summary>
internal sealed record PersonProfileView(
    Guid Id, string DisplayName, string? Email, EmploymentType EmploymentType, string? OrgUnitName, DateOnly? StartDate, string? Position, Guid? OrgUnitId,
    string? PhotoUrl, GuestDetails? Guest)
{
    public static PersonProfileView Of(PersonProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var p = profile.Person;
        return new(p.Id, p.DisplayName, p.Email, p.EmploymentType, p.OrgUnitName, p.StartDate, p.Position, p.OrgUnitId, p.PhotoUrl, profile.Guest);
    }
}

internal static class GetPersonEndpoint
{
    public const string Name = "GetPerson";

    public static void Map(IEndpointRouteBuilder people) =>
        people.MapGet("/{id:guid}", HandleAsync).WithName(Name);

    private static async Task<ApiResult<Ok<PersonProfileView>, Problem.NotFound>> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetPerson(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(PersonProfileView.Of(result.Value!)) : result.Error;
    }
}
