using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Features.GetPublishingRules;

/// <summary>The community's pre-approval setting and keyword rules, for its owners and moderators (what they block is theirs to know).</summary>
internal sealed record GetPublishingRules(Guid CommunityId) : IQuery<Result<PublishingRules>>;

internal sealed class GetPublishingRulesAuthorizer(CommunityPolicy policy) : IAuthorizer<GetPublishingRules>
{
    public async ValueTask<Error?> AuthorizeAsync(GetPublishingRules message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class GetPublishingRulesHandler(CommunityPolicy policy) : IQueryHandler<GetPublishingRules, Result<PublishingRules>>
{
    public async ValueTask<Result<PublishingRules>> Handle(GetPublishingRules query, CancellationToken cancellationToken) =>
        await policy.PublishingRulesAsync(query.CommunityId, cancellationToken);
}
