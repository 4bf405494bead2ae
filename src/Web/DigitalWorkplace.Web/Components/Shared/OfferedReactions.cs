using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Web.Components.Shared;

/// <summary>The reactions offered under every post, plus any other kind someone already used (e.g. from the API).</summary>
internal static class OfferedReactions
{
    // Three of the known kinds fit under a post on a phone.
    private static readonly IReadOnlyList<string> Offered = [.. ReactionKinds.All.Take(3)];

    public static IEnumerable<string> For(IReadOnlyList<ReactionCountDto> reactions) =>
        Offered.Concat(reactions.Select(r => r.Kind).Where(kind => !Offered.Contains(kind)));
}
