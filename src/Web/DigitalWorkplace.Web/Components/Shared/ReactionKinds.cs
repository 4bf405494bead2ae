using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Web.Components.Shared;

/// <summary>The reactions offered under every post, plus any other kind someone already used (e.g. from the API).</summary>
internal static class ReactionKinds
{
    // Feeds knows like, celebrate, support, insightful and funny; three fit under a post on a phone.
    public static readonly IReadOnlyList<string> Offered = ["like", "celebrate", "support"];

    public static IEnumerable<string> For(IReadOnlyList<ReactionCountDto> reactions) =>
        Offered.Concat(reactions.Select(r => r.Kind).Where(kind => !Offered.Contains(kind)));
}
