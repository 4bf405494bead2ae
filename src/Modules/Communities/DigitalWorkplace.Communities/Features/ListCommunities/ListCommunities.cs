using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.ListCommunities;

/// <summary>
/// The directory: every community the person may know of (private ones included: their name and description are not
/// secret; a secret one only for its members; a guest's own only), by name, narrowed by the filter. Archived ones only
/// when asked for.
/// </summary>
internal sealed record ListCommunities(CommunityFilter? Filter = null) : IQuery<Result<IReadOnlyList<CommunitySummary>>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator
        .MaxLength("q", Filter?.Query, CommunityLimits.NameMaxLength)
        .MaxLength("tag", Filter?.Tag, CommunityLimits.TagMaxLength)
        .That(Filter?.Language is null || CommunityLimits.Languages.Contains(Filter.Language), "language", FieldError.OneOf(CommunityLimits.Languages));
}

internal sealed class ListCommunitiesHandler(CommunitiesDbContext db, CommunityPolicy policy, ICurrentUser user)
    : IQueryHandler<ListCommunities, Result<IReadOnlyList<CommunitySummary>>>
{
    public async ValueTask<Result<IReadOnlyList<CommunitySummary>>> Handle(ListCommunities query, CancellationToken cancellationToken)
    {
        var listable = await policy.ListableAsync(user, cancellationToken);
        var all = await db.Communities.AsNoTracking().OrderBy(c => c.Name).ToSummaries(db, user.PersonId).ToListAsync(cancellationToken);
        var filter = query.Filter ?? new CommunityFilter();
        var tag = filter.Tag?.Trim().ToLowerInvariant();
        return all.Where(c => listable(c.Id))
            .Where(c => filter.IncludeArchived || !c.IsArchived)
            .Where(c => !filter.MineOnly || c.IsMember)
            .Where(c => filter.Language is null || c.Language == filter.Language)
            .Where(c => string.IsNullOrEmpty(tag) || (c.Tags ?? []).Contains(tag))
            .Where(c => string.IsNullOrWhiteSpace(filter.Query) || Matches(c, filter.Query.Trim()))
            .ToList();
    }

    // Unicode-aware and accent-blind enough for a directory of a few hundred: "cafe" finds "Café".
    private static bool Matches(CommunitySummary community, string query) =>
        Folded(community.Name).Contains(Folded(query), StringComparison.Ordinal)
        || Folded(community.Description).Contains(Folded(query), StringComparison.Ordinal)
        || (community.Tags ?? []).Any(t => Folded(t).Contains(Folded(query), StringComparison.Ordinal));

    private static string Folded(string text) =>
        new([.. text.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).Select(char.ToLowerInvariant)]);
}
