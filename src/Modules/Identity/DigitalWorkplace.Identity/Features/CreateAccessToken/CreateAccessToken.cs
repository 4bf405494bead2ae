using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.CreateAccessToken;

/// <summary>Creates a personal access token for the signed-in person, or (administrators) for anyone.</summary>
/// <param name="PersonId">Null for the signed-in person.</param>
internal sealed record CreateAccessToken(Guid? PersonId, string? Name, int? ExpiresInDays)
    : ICommand<Result<CreatedToken>>, IValidatable
{
    public const int MaxLifetimeDays = 3650;

    public void Validate(Validator validator) =>
        validator
            .Required("name", Name, PersonalAccessToken.NameMaxLength)
            .InRange("expiresInDays", ExpiresInDays, 1, MaxLifetimeDays);
}

/// <summary>Your own tokens are yours to create; someone else's needs an administrator.</summary>
internal sealed class CreateAccessTokenAuthorizer : IAuthorizer<CreateAccessToken>
{
    public ValueTask<Error?> AuthorizeAsync(CreateAccessToken message, ICurrentUser user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(message.PersonId is null || message.PersonId == user.PersonId || user.IsAdministrator
            ? null
            : Error.Forbidden("token.create_forbidden", "Only administrators may create tokens for someone else."));
}

internal sealed class CreateAccessTokenHandler(AuditTrail audit, 
    IdentityModuleDbContext db, ICurrentUser user, TimeProvider clock, IHttpContextAccessor http, Credentials credentials)
    : ICommandHandler<CreateAccessToken, Result<CreatedToken>>
{
    public async ValueTask<Result<CreatedToken>> Handle(CreateAccessToken command, CancellationToken cancellationToken)
    {
        var personId = command.PersonId ?? user.PersonId;
        if (await db.Users.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) is not { } person)
        {
            return Error.NotFound("person.not_found");
        }

        var now = clock.GetUtcNow();
        var (secret, hash, prefix) = AccessTokenSecrets.Generate();
        var token = new PersonalAccessToken
        {
            PersonId = personId,
            Name = command.Name!.Trim(),
            Hash = hash,
            Prefix = prefix,
            CreatedAt = now,
            ExpiresAt = Earliest(command.ExpiresInDays is { } days ? now.AddDays(days) : null, await CallerTokenExpiryAsync(cancellationToken)),
        };
        db.AccessTokens.Add(token);
        audit.Record(db, "access-token.created", Auditing.AuditSubjects.Person(person), after: AuditTrail.Fields(("name", token.Name), ("prefix", token.Prefix), ("expiresAt", token.ExpiresAt)));
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedToken(token.Id, token.Name, secret, token.ExpiresAt);
    }

    // A token may mint tokens (scripts provision kiosks), but none that outlives it: a leaked short-lived token must
    // not become a permanent one.
    private async Task<DateTimeOffset?> CallerTokenExpiryAsync(CancellationToken cancellationToken) =>
        Credentials.TokenHashOf(http.HttpContext?.User) is { } hash && await credentials.TokenAsync(hash, cancellationToken) is { } caller
            ? caller.ExpiresAt
            : null;

    private static DateTimeOffset? Earliest(DateTimeOffset? asked, DateTimeOffset? limit) =>
        (asked, limit) switch
        {
            (null, _) => limit,
            (_, null) => asked,
            _ => asked < limit ? asked : limit,
        };
}
