using System.Globalization;
using System.Net;
using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Invitations;

/// <summary>Implements <see cref="IJoinService"/>: one path for the personal link, its QR code and the location code.</summary>
internal sealed class JoinService(
    IdentityModuleDbContext db,
    UserManager<Person> userManager,
    SignInManager<Person> signInManager,
    SignInThrottle throttle,
    OrgTreeCache trees,
    AudienceMembership audiences,
    ICacheInvalidation invalidation,
    TimeProvider clock) : IJoinService
{
    private static readonly string[] Languages = ["en", "fr"];

    public async Task<Result<JoinPreview>> PreviewAsync(string? secret, string? code, IPAddress? address, CancellationToken cancellationToken)
    {
        var found = await FindAsync(secret, code, address, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (invitation, person) = found.Value!;
        var unit = (await trees.GetAsync(cancellationToken)).Find(invitation.OrgUnitId);
        return new JoinPreview(invitation.Kind == InvitationKind.Personal, person?.DisplayName, unit?.Name, invitation.RequiresApproval);
    }

    public async Task<Result<JoinOutcome>> JoinAsync(JoinRequest request, IPAddress? address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var validator = Validate(request);
        if (!validator.IsValid)
        {
            return validator.ToError();
        }

        var found = await FindAsync(request.Secret, request.Code, address, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (invitation, invited) = found.Value!;
        var now = clock.GetUtcNow();
        var handle = PersonRules.NormalizeHandle(request.UserName!);
        var person = invited ?? new Person
        {
            DisplayName = request.DisplayName!.Trim(),
            EmploymentType = invitation.EmploymentType,
            OrgUnitId = invitation.OrgUnitId,
            CreatedAt = now,
        };
        person.UserName = handle;
        person.DisplayName = request.DisplayName!.Trim();
        person.Languages = request.Language;
        person.CharterAcceptedAt = now;
        person.Status = invitation.RequiresApproval ? AccountStatus.PendingApproval : AccountStatus.Active;
        person.StatusChangedAt = now;
        if (await PeopleUniqueness.TakenAsync(db, userManager, person, cancellationToken) is { } taken)
        {
            db.ChangeTracker.Clear();
            return taken;
        }

        // Counted atomically, so a code of n uses lets in n people however many phones press "join" at once.
        if (await db.Invitations.Where(i => i.Id == invitation.Id && (i.MaxUses == null || i.Uses < i.MaxUses))
                .ExecuteUpdateAsync(i => i.SetProperty(x => x.Uses, x => x.Uses + 1), cancellationToken) == 0)
        {
            db.ChangeTracker.Clear();
            return Invalid();
        }

        db.Entry(invitation).State = EntityState.Detached;
        if (invitation.SeasonId is { } seasonId && invited is null && await db.Seasons.FirstOrDefaultAsync(s => s.Id == seasonId, cancellationToken) is { } season)
        {
            await SeasonEnrolment.EnrolAsync(db, season, [person], SeasonJoin.Invitation, now, cancellationToken);
        }

        await audiences.StageAsync([person], cancellationToken);
        Error? saved;
        try
        {
            saved = invited is null ? await CreateAsync(person, request.Password!) : await CompleteAsync(person, request.Password!);
        }
        catch (DbUpdateException)
        {
            // Someone took the same handle a moment earlier.
            saved = Error.Validation("userName", FieldError.Rule("taken", "is already used by another account."));
        }

        if (saved is not null)
        {
            db.ChangeTracker.Clear();
            return saved;
        }

        await invalidation.InvalidateAsync(Credentials.PersonKey(person.Id), cancellationToken);
        if (person.Status == AccountStatus.Active)
        {
            await signInManager.SignInAsync(person, isPersistent: true);
        }

        return new JoinOutcome(person.Id, handle, person.Status == AccountStatus.PendingApproval);
    }

    private async Task<Error?> CreateAsync(Person person, string password)
    {
        var unitName = (await trees.GetAsync(CancellationToken.None)).Find(person.OrgUnitId)?.Name;
        db.Publish(new PersonRegisteredIntegrationEvent(person.Id, person.DisplayName, person.EmploymentType, unitName, person.StartDate), clock);
        var created = await userManager.CreateAsync(person, password);
        return created.Succeeded ? null : ToError(created);
    }

    // The invited person's row is updated under Identity's concurrency stamp: the same link used twice at once fails once.
    private async Task<Error?> CompleteAsync(Person person, string password)
    {
        var added = await userManager.AddPasswordAsync(person, password);
        return added.Succeeded ? null : ToError(added);
    }

    private static Error ToError(IdentityResult result) =>
        result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.ConcurrencyFailure))
            ? Invalid()
            : result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName))
                ? Error.Validation("userName", FieldError.Rule("taken", "is already used by another account."))
                : Error.Validation("password", FieldError.Rule(result.Errors.First().Code, result.Errors.First().Description));

    private async Task<Result<(Invitation Invitation, Person? Person)>> FindAsync(string? secret, string? code, IPAddress? address, CancellationToken cancellationToken)
    {
        var normalized = InvitationSecrets.NormalizeCode(code);
        var key = "join:" + (normalized ?? (secret is null ? string.Empty : InvitationSecrets.Hash(secret)[..16]));
        var attempt = throttle.Begin(key, address, fromKnownDevice: false);
        if (attempt.Wait is { } wait)
        {
            return Error.Unprocessable("join.throttled", ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        }

        Invitation? invitation = null;
        if (normalized is not null)
        {
            invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Code == normalized && i.Kind == InvitationKind.LocationCode, cancellationToken);
        }
        else if (InvitationSecrets.LooksLikeSecret(secret))
        {
            var hash = InvitationSecrets.Hash(secret!);
            invitation = await db.Invitations.FirstOrDefaultAsync(i => i.SecretHash == hash && i.Kind == InvitationKind.Personal, cancellationToken);
        }

        var person = invitation?.PersonId is { } personId ? await db.Users.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) : null;
        var tree = await trees.GetAsync(cancellationToken);
        var usable = invitation is not null && invitation.IsUsableAt(clock.GetUtcNow())
            // A guest's personal invitation may name no unit; any unit it names must still be open.
            && (invitation.OrgUnitId is null ? invitation.Kind == InvitationKind.Personal : tree.Find(invitation.OrgUnitId) is { IsClosed: false })
            && (invitation.Kind == InvitationKind.LocationCode || person is { Status: AccountStatus.Invited });
        if (!usable)
        {
            // Counted (by Begin) and not forgiven: guessing codes slows down like guessing passwords.
            return Invalid();
        }

        throttle.Succeeded(attempt);
        return (invitation!, person);
    }

    private static Error Invalid() => Error.NotFound("join.invalid", "This invitation is not valid: it may have been used, have expired, or been mistyped.");

    private static Validator Validate(JoinRequest request)
    {
        var validator = new Validator();
        validator.Required("displayName", request.DisplayName, Person.DisplayNameMaxLength);
        validator.That(!string.IsNullOrWhiteSpace(request.UserName), "userName", FieldError.Required());
        PersonRules.Handle(validator, "userName", string.IsNullOrWhiteSpace(request.UserName) ? null : request.UserName);
        validator.That(request.Password is { Length: >= PasswordPolicy.MinLength }, "password", FieldError.TooShort(PasswordPolicy.MinLength));
        validator.MaxLength("password", request.Password, 256);
        validator.That(request.Language is not null && Languages.Contains(request.Language), "language", FieldError.OneOf(Languages));
        validator.That(request.AcceptsCharter, "acceptsCharter", FieldError.Rule("charter_required", "must be accepted to join."));
        return validator;
    }
}
