using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Identity.Invitations;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Features.InvitePerson;

/// <summary>
/// Invites someone who has no account: the person exists at once (status Invited, in their location and season, with
/// their onboarding assigned), and a personal link — to send, or to print as a QR code — lets them choose their handle
/// and password on their phone. No e-mail is needed.
/// </summary>
internal sealed record InvitePerson(
    string? DisplayName,
    string? Email,
    Guid? OrgUnitId,
    EmploymentType EmploymentType,
    Guid? SeasonId,
    string? Position,
    string? EmployeeId,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? ExpiresInDays,
    GuestTerms? Guest = null) : ICommand<Result<SentInvitation>>, IValidatable
{
    public const int MaxDays = 90;

    public void Validate(Validator validator)
    {
        if (Guest is { } guest)
        {
            validator.That(EndDate is not null, "endDate", FieldError.Required());
            validator.That(guest.CommunityIds is { Count: > 0 and <= GuestAccess.MaxCommunities }, "communityIds", FieldError.OutOfRange(1, GuestAccess.MaxCommunities));
            validator.That((guest.AppIds?.Count ?? 0) <= GuestAccess.MaxApps, "appIds", FieldError.OutOfRange(0, GuestAccess.MaxApps));
        }

        validator.Required("displayName", DisplayName, Person.DisplayNameMaxLength);
        PersonRules.Email(validator, "email", Email);
        // A guest may belong to no unit (an agency's staff); they are then administered network-wide.
        validator.That(OrgUnitId is not null || Guest is not null, "orgUnitId", FieldError.Required());
        validator.That(Enum.IsDefined(EmploymentType), "employmentType", FieldError.OneOf(Enum.GetNames<EmploymentType>()));
        validator.MaxLength("position", Position, Person.PositionMaxLength);
        validator.MaxLength("employeeId", EmployeeId, Person.EmployeeIdMaxLength);
        validator.InRange("expiresInDays", ExpiresInDays, 1, MaxDays);
        validator.That(EndDate is null || StartDate is null || EndDate >= StartDate, "endDate", FieldError.Rule("before_start", "must not be before the start date."));
    }
}

/// <summary>What makes the invited person a guest: their sponsor (the inviter when left out) and what they may use.</summary>
internal sealed record GuestTerms(Guid? SponsorId, IReadOnlyList<Guid>? CommunityIds, IReadOnlyList<Guid>? AppIds);

/// <param name="Path">The link, relative to the site (<c>/join/…</c>); <paramref name="Url"/> is it in full.</param>
internal sealed record SentInvitation(Guid InvitationId, Guid PersonId, string Path, string? Url, DateTimeOffset ExpiresAt)
{
    /// <summary>The invitation as the API answers it: with the full link, on the address it was asked on.</summary>
    public Created<SentInvitation> Created(HttpRequest request) =>
        TypedResults.Created($"/api/v1/invitations/{InvitationId}", this with { Url = $"{request.Scheme}://{request.Host}{Path}" });
}

internal sealed class InvitePersonAuthorizer(IdentityPolicy policy) : IAuthorizer<InvitePerson>
{
    public async ValueTask<Error?> AuthorizeAsync(InvitePerson message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        return scope.PlacementError(message.OrgUnitId, "orgUnitId");
    }
}

internal sealed class InvitePersonHandler(AuditTrail audit, 
    IdentityModuleDbContext db, UserManager<Person> userManager, InvitationSecrets secrets, OrgTreeCache trees, AudienceMembership audiences, IdentityPolicy policy,
    GuestTermsCheck guestTerms, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<InvitePerson, Result<SentInvitation>>
{
    public async ValueTask<Result<SentInvitation>> Handle(InvitePerson command, CancellationToken cancellationToken)
    {
        var unit = (await trees.GetAsync(cancellationToken)).Find(command.OrgUnitId);
        if (command.OrgUnitId is not null && unit is not { IsClosed: false })
        {
            return Error.Validation("orgUnitId", FieldError.Rule("unknown_unit", "names no open org unit."));
        }

        var season = await SeasonAccess.VisibleAsync(db, await policy.ScopeOfAsync(user, cancellationToken), command.SeasonId, cancellationToken);
        if (command.SeasonId is not null && season is null)
        {
            return Error.Validation("seasonId", FieldError.Rule("unknown_season", "names no season."));
        }

        var now = clock.GetUtcNow();
        Guid? sponsorId = null;
        if (command.Guest is { } terms)
        {
            var checkedTerms = await guestTerms.CheckAsync(terms, command.EndDate!.Value, cancellationToken);
            if (!checkedTerms.IsSuccess)
            {
                return checkedTerms.Error!;
            }

            sponsorId = checkedTerms.Value;
        }

        var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
        var person = new Person
        {
            DisplayName = command.DisplayName!.Trim(),
            Email = email,
            EmailConfirmed = email is not null,
            EmploymentType = command.EmploymentType,
            Status = AccountStatus.Invited,
            StatusChangedAt = now,
            OrgUnitId = unit?.Id,
            Position = string.IsNullOrWhiteSpace(command.Position) ? null : command.Position.Trim(),
            EmployeeId = string.IsNullOrWhiteSpace(command.EmployeeId) ? null : command.EmployeeId.Trim(),
            StartDate = command.StartDate,
            EndDate = command.EndDate,
            CreatedAt = now,
        };
        person.UserName = Person.PlaceholderUserName(person.Id);
        if (await PeopleUniqueness.TakenAsync(db, userManager, person, cancellationToken) is { } taken)
        {
            return taken;
        }

        if (season is not null)
        {
            await SeasonEnrolment.EnrolAsync(db, season, [person], SeasonJoin.Invitation, now, cancellationToken);
        }

        var (invitation, secret) = secrets.PersonalInvitation(person, season?.Id, user.PersonId == Guid.Empty ? null : user.PersonId, now, command.ExpiresInDays ?? 30);
        db.Invitations.Add(invitation);
        if (command.Guest is { } guest)
        {
            GuestTermsCheck.Stage(db, person.Id, sponsorId!.Value, guest, now, clock);
        }

        await audiences.StageAsync([person], cancellationToken);
        db.Publish(new PersonRegisteredIntegrationEvent(person.Id, person.DisplayName, person.EmploymentType, unit?.Name, person.StartDate), clock);
        audit.RecordChanges(db, command.Guest is null ? "person.invited" : "guest.invited", Auditing.AuditSubjects.Person(person), db.Entry(person));
        // No password: nobody can sign in as an invited person until they choose one through the link.
        var created = await userManager.CreateAsync(person);
        if (!created.Succeeded)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("person.taken", "An account with this e-mail address or employee id already exists.");
        }

        return new SentInvitation(invitation.Id, person.Id, InvitationSecrets.JoinPath(secret), null, invitation.ExpiresAt);
    }
}
