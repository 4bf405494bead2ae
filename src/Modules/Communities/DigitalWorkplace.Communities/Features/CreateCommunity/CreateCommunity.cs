using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Features.CreateCommunity;

/// <summary>Creates a community; its creator becomes its owner.</summary>
internal sealed record CreateCommunity(string? Name, string? Description, CommunityVisibility? Visibility, bool IsOfficial)
    : ICommand<Result<CommunitySummary>>, IValidatable
{
    public void Validate(Validator validator) => validator
        .Required("name", Name, CommunityLimits.NameMaxLength)
        .MaxLength("description", Description, CommunityLimits.DescriptionMaxLength)
        .That(Visibility is { } v && Enum.IsDefined(v), "visibility", FieldError.OneOf(Enum.GetNames<CommunityVisibility>()));
}

internal sealed class CreateCommunityAuthorizer(CommunityPolicy policy) : IAuthorizer<CreateCommunity>
{
    public async ValueTask<Error?> AuthorizeAsync(CreateCommunity message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.CreateAsync(user, message.IsOfficial, cancellationToken);
}

internal sealed class CreateCommunityHandler(AuditTrail audit, CommunitiesDbContext db, CommunityCache cache, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateCommunity, Result<CommunitySummary>>
{
    private static readonly Error NameTaken = Error.Conflict("community.name_taken", "A community with this name already exists.");

    public async ValueTask<Result<CommunitySummary>> Handle(CreateCommunity command, CancellationToken cancellationToken)
    {
        var name = command.Name!.Trim();
        var normalized = Community.Normalize(name);
        if (await db.Communities.AnyAsync(c => c.NormalizedName == normalized, cancellationToken))
        {
            return NameTaken;
        }

        var now = clock.GetUtcNow();
        var community = new Community
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            NormalizedName = normalized,
            Description = command.Description?.Trim() ?? "",
            Visibility = command.Visibility!.Value,
            IsOfficial = command.IsOfficial,
            CreatedBy = user.PersonId,
            CreatedAt = now,
        };
        db.Communities.Add(community);
        audit.RecordChanges(db, "community.created", new AuditSubject("community", community.Id.ToString(), community.Name), db.Entry(community));
        db.Memberships.Add(new Membership { CommunityId = community.Id, PersonId = user.PersonId, Role = CommunityRole.Owner, JoinedAt = now });
        db.Publish(new CommunityCreatedIntegrationEvent(community.Id, community.Name, community.Description, community.Visibility, community.IsOfficial), clock);
        db.Publish(new MemberJoinedIntegrationEvent(community.Id, user.PersonId), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people created the same name at once: the unique index let one through.
            if (await NameTakenMeanwhileAsync(normalized, cancellationToken))
            {
                return NameTaken;
            }

            throw;
        }

        await cache.CatalogChangedAsync(cancellationToken);
        await cache.MembershipsChangedAsync(user.PersonId, cancellationToken);
        return new CommunitySummary(community.Id, community.Name, community.Description, community.Visibility, community.IsOfficial, 1, true, nameof(CommunityRole.Owner));
    }

    private async Task<bool> NameTakenMeanwhileAsync(string normalized, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Communities.AnyAsync(c => c.NormalizedName == normalized, cancellationToken);
    }
}
