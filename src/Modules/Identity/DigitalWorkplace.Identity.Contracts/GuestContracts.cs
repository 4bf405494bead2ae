using DigitalWorkplace.BuildingBlocks.Messaging;

namespace DigitalWorkplace.Identity.Contracts;

/// <summary>
/// An external guest's boundaries: the only communities and apps they may use. Every module's authorization service
/// asks it before anything else, and treats whatever lies outside as if it did not exist.
/// </summary>
public sealed record GuestScope(Guid SponsorId, IReadOnlySet<Guid> CommunityIds, IReadOnlySet<Guid> AppIds);

/// <summary>Whether a person is a guest, and what they may use. Answered from memory (the person's cached status).</summary>
public interface IGuestAccess
{
    /// <summary>The guest's scope; null for everyone who is not a guest.</summary>
    Task<GuestScope?> ScopeOfAsync(Guid personId, CancellationToken cancellationToken);
}

/// <summary>A guest was invited (or their scope changed): Communities makes them members of exactly these communities.</summary>
[IntegrationEventName("identity.guest-scope-changed")]
public sealed record GuestScopeChangedIntegrationEvent(Guid PersonId, Guid SponsorId, IReadOnlyList<Guid> CommunityIds, IReadOnlyList<Guid> AppIds) : IntegrationEvent;
