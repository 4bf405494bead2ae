using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Features.ListCommunities;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Features.SuggestCommunities;

/// <summary>
/// Communities a person is not in yet, worth joining — for a newcomer above all: where the people of their location
/// and of their role already are, those whose tags name their location or role, then the brand's official ones. Only
/// what the directory shows them (never a secret or archived community), so a suggestion leaks nothing.
/// </summary>
internal sealed record SuggestCommunities(int? Take) : IQuery<Result<IReadOnlyList<CommunitySuggestion>>>, IAnyActivePersonRequest, IValidatable
{
    public const int MaxTake = 20;

    /// <summary>How many colleagues are looked at: enough to see where a location's people gather, few enough to be quick.</summary>
    public const int Colleagues = 100;

    public void Validate(Validator validator) => validator.InRange("take", Take, 1, MaxTake);
}

internal sealed class SuggestCommunitiesHandler(CommunitiesDbContext db, IPeopleDirectory people, ISender sender, ICurrentUser user)
    : IQueryHandler<SuggestCommunities, Result<IReadOnlyList<CommunitySuggestion>>>
{
    public async ValueTask<Result<IReadOnlyList<CommunitySuggestion>>> Handle(SuggestCommunities query, CancellationToken cancellationToken)
    {
        var directory = ((await sender.Send(new ListCommunities.ListCommunities(), cancellationToken)).Value ?? []).Where(c => !c.IsMember).ToList();
        if (directory.Count == 0)
        {
            return Result<IReadOnlyList<CommunitySuggestion>>.Success([]);
        }

        var me = (await people.GetManyAsync([user.PersonId], cancellationToken)).GetValueOrDefault(user.PersonId);
        var byLocation = await ColleagueCountsAsync(me?.OrgUnitId is { } unit ? new PeopleFilter(OrgUnitId: unit) : null, cancellationToken);
        var byPosition = await ColleagueCountsAsync(string.IsNullOrWhiteSpace(me?.Position) ? null : new PeopleFilter(Position: me.Position), cancellationToken);
        var words = PublishingRuleText.Normalize($"{me?.OrgUnitName} {me?.Position}").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return directory
            .Select(c =>
            {
                // Outside a private community its members are not counted (its member count is hidden too): only public ones are.
                var counted = c.MemberCount is not null;
                var location = counted ? byLocation.GetValueOrDefault(c.Id) : 0;
                var position = counted ? byPosition.GetValueOrDefault(c.Id) : 0;
                var tagged = (c.Tags ?? []).Any(t => PublishingRuleText.Normalize(t).Split(' ').Any(words.Contains));
                var reason = location > 0 ? "location" : position > 0 ? "position" : tagged ? "tag" : c.IsOfficial ? "official" : null;
                return (Community: c, Reason: reason, Colleagues: location + position, Score: (3 * location) + (2 * position) + (tagged ? 5 : 0) + (c.IsOfficial ? 1 : 0));
            })
            .Where(s => s.Reason is not null)
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.Community.MemberCount ?? 0).ThenBy(s => s.Community.Name, StringComparer.CurrentCulture)
            .Take(query.Take ?? 5)
            .Select(s => new CommunitySuggestion(s.Community, s.Reason!, s.Colleagues))
            .ToList();
    }

    /// <summary>For each community, how many of these colleagues (the person aside) belong to it.</summary>
    private async Task<Dictionary<Guid, int>> ColleagueCountsAsync(PeopleFilter? filter, CancellationToken cancellationToken)
    {
        if (filter is null || (await people.SearchAsync(filter, null, SuggestCommunities.Colleagues, cancellationToken)).Value is not { } page)
        {
            return [];
        }

        var colleagues = page.Items.Select(p => p.Id).Where(id => id != user.PersonId).ToList();
        return colleagues.Count == 0
            ? []
            : await db.Memberships.AsNoTracking().Where(m => colleagues.Contains(m.PersonId))
                .GroupBy(m => m.CommunityId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
