using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.UpdateCommunity;

/// <summary>
/// An owner (or an administrator) changes the community's page: name, description, visibility, tags and language. Making
/// it private or secret takes effect at once — for feeds, search and the hub — since every read asks the cached catalog,
/// invalidated on every node when this commits; search re-files it (a secret one is found by its members only).
/// </summary>
internal sealed record UpdateCommunity(Guid CommunityId, string? Name, string? Description, CommunityVisibility? Visibility, IReadOnlyList<string>? Tags, string? Language)
    : ICommand<Result<CommunitySummary>>, IValidatable
{
    public void Validate(Validator validator)
    {
        validator.Required("name", Name, CommunityLimits.NameMaxLength)
            .MaxLength("description", Description, CommunityLimits.DescriptionMaxLength)
            .That(Visibility is { } v && Enum.IsDefined(v), "visibility", FieldError.OneOf(Enum.GetNames<CommunityVisibility>()))
            .That((Tags?.Count ?? 0) <= CommunityLimits.MaxTags, "tags", FieldError.OutOfRange(0, CommunityLimits.MaxTags))
            .That(Language is null || CommunityLimits.Languages.Contains(Language), "language", FieldError.OneOf(CommunityLimits.Languages));
        for (var i = 0; i < (Tags?.Count ?? 0); i++)
        {
            validator.Required($"tags[{i}]", Tags![i], CommunityLimits.TagMaxLength);
        }
    }
}

internal sealed class UpdateCommunityAuthorizer(CommunityPolicy policy) : IAuthorizer<UpdateCommunity>
{
    public async ValueTask<Error?> AuthorizeAsync(UpdateCommunity message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageRolesAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class UpdateCommunityHandler(CommunitiesDbContext db, CommunityCache cache, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<UpdateCommunity, Result<CommunitySummary>>
{
    public async ValueTask<Result<CommunitySummary>> Handle(UpdateCommunity command, CancellationToken cancellationToken)
    {
        var community = await db.Communities.FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        var normalized = Domain.Community.Normalize(command.Name!);
        if (normalized != community.NormalizedName && await db.Communities.AnyAsync(c => c.NormalizedName == normalized, cancellationToken))
        {
            return Error.Conflict("community.name_taken", "Another community has this name.");
        }

        community.Name = command.Name!.Trim();
        community.NormalizedName = normalized;
        community.Description = command.Description?.Trim() ?? "";
        community.Visibility = command.Visibility!.Value;
        community.Tags = CommunityTags.Normalize(command.Tags);
        community.Language = command.Language;
        audit.RecordChanges(db, "community.updated", MemberRoles.Subject(community), db.Entry(community));
        db.Publish(new CommunityChangedIntegrationEvent(community.Id, community.Name, community.Description, community.Visibility, community.IsOfficial), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("community.name_taken", "Another community has this name.");
        }

        await cache.CatalogChangedAsync(cancellationToken);
        return (await db.SummaryAsync(community.Id, user.PersonId, cancellationToken))!;
    }
}
