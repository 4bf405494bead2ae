using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Features.ReactivatePerson;

/// <summary>
/// Brings a suspended or ended account back — a returning seasonal worker — with new contract dates when given. Their
/// posts and completed onboarding were never removed, so they come back with them.
/// </summary>
internal sealed record ReactivatePerson(Guid PersonId, DateOnly? StartDate, DateOnly? EndDate) : ICommand<Result<Done>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(EndDate is null || StartDate is null || EndDate >= StartDate, "endDate", FieldError.Rule("before_start", "must not be before the start date."));
}

internal sealed class ReactivatePersonAuthorizer(IdentityPolicy policy, Credentials credentials) : IAuthorizer<ReactivatePerson>
{
    public async ValueTask<Error?> AuthorizeAsync(ReactivatePerson message, ICurrentUser user, CancellationToken cancellationToken) =>
        await PersonAdministration.AuthorizeAsync(policy, credentials, user, message.PersonId, cancellationToken);
}

internal sealed class ReactivatePersonHandler(IdentityModuleDbContext db, AccountStatusChanges statuses, TimeProvider clock) : ICommandHandler<ReactivatePerson, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(ReactivatePerson command, CancellationToken cancellationToken)
    {
        var person = await db.Users.FirstOrDefaultAsync(p => p.Id == command.PersonId, cancellationToken);
        // Nobody comes back from an erasure: there is nobody left to come back.
        if (person is null || Privacy.Erasure.IsErased(person))
        {
            return Error.NotFound("person.not_found");
        }

        if (person.Status is not (AccountStatus.Suspended or AccountStatus.Ended))
        {
            return Error.Conflict("person.not_inactive", $"The account is {person.Status}: only a suspended or ended account is reactivated.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (command.EndDate is { } end && end < today)
        {
            return Error.Validation("endDate", FieldError.Rule("in_the_past", "must not be in the past."));
        }

        // A guest comes back only for a new, bounded stay.
        if (await db.Guests.AnyAsync(g => g.PersonId == person.Id, cancellationToken) && Invitations.GuestTermsCheck.ExpiryError(command.EndDate, today) is { } expiry)
        {
            return expiry;
        }

        await statuses.ReactivateAsync(person, command.StartDate, command.EndDate, cancellationToken);
        return Done.Value;
    }
}
