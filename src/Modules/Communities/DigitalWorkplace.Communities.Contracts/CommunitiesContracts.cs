using System.Text.Json.Serialization;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.BuildingBlocks.Security;

namespace DigitalWorkplace.Communities.Contracts;

/// <summary>Written as "Public" / "Private" / "Secret" in JSON, so API clients never depend on enum numbers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CommunityVisibility>))]
public enum CommunityVisibility
{
    /// <summary>Anyone may read and join.</summary>
    Public,

    /// <summary>Listed, but only members read its posts; joining needs an owner's approval or an invitation.</summary>
    Private,

    /// <summary>Invisible to everyone but its members: every read, search and suggestion answers as if it did not exist.</summary>
    Secret,
}

/// <summary>What a keyword rule does to a post or comment containing the word.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KeywordAction>))]
public enum KeywordAction
{
    /// <summary>Refused at once, with the word named (400).</summary>
    Block,

    /// <summary>Kept for a moderator's approval: nobody reads it before.</summary>
    Hold,
}

public sealed record KeywordRuleDto(string Keyword, KeywordAction Action);

/// <summary>What a community asks of what is written in it: pre-approval of posts, and its keyword rules.</summary>
public sealed record PublishingRules(bool RequiresPostApproval, IReadOnlyList<KeywordRuleDto> KeywordRules)
{
    public static readonly PublishingRules None = new(false, []);

    /// <summary>
    /// The rule the text trips, a block before a hold, or null. Words and phrases match whole and in any case
    /// ("ass" does not catch "class"), whatever the punctuation around them.
    /// </summary>
    public KeywordRuleDto? Match(string text)
    {
        if (KeywordRules.Count == 0)
        {
            return null;
        }

        var words = " " + PublishingRuleText.Normalize(text) + " ";
        return KeywordRules
            .Where(r => words.Contains(" " + r.Keyword + " ", StringComparison.Ordinal))
            .OrderBy(r => r.Action == KeywordAction.Block ? 0 : 1)
            .FirstOrDefault();
    }
}

/// <summary>Text as keyword rules compare it: lower-case words separated by single spaces, punctuation dropped.</summary>
public static class PublishingRuleText
{
    public static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>How long a community's name and description may be: the API refuses longer ones and the UI's fields stop there.</summary>
public static class CommunityLimits
{
    public const int NameMaxLength = 80;
    public const int DescriptionMaxLength = 500;
    public const int MaxTags = 10;
    public const int TagMaxLength = 30;
    public const int LanguageMaxLength = 10;
    public const int CharterMaxLength = 4000;

    /// <summary>The languages a community may say it speaks (the product's).</summary>
    public static readonly IReadOnlyList<string> Languages = ["fr", "en"];

    public static string CoverPath(Guid communityId, long version) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/api/v1/communities/{communityId}/cover?v={version}");
}

/// <param name="MemberCount">How many belong; null for someone outside a private community (its members are its members' business).</param>
/// <param name="Role">The current person's role in it ("Owner", "Moderator", "Member"); null when they are not a member.</param>
/// <param name="CoverUrl">Its cover picture's address, or null.</param>
/// <param name="IsArchived">Archived: read-only, still read by its members.</param>
/// <param name="Charter">The rules one accepts on joining (version <paramref name="CharterVersion"/>), or null.</param>
/// <param name="IsInvited">The current person was invited and has not answered yet.</param>
/// <param name="MustAcceptCharter">The current person is a member who has not accepted this version yet: they read, but write only once they accept.</param>
public sealed record CommunitySummary(
    Guid Id, string Name, string Description, CommunityVisibility Visibility, bool IsOfficial, int? MemberCount, bool IsMember, string? Role = null,
    IReadOnlyList<string>? Tags = null, string? Language = null, string? CoverUrl = null, bool IsArchived = false,
    string? Charter = null, int CharterVersion = 0, bool MustAcceptCharter = false, bool IsInvited = false);

/// <summary>The Communities module's authorization answers: every other module asks here before showing community content.</summary>
public interface ICommunityAccess
{
    Task<bool> CanReadAsync(Guid personId, Guid communityId, CancellationToken cancellationToken);

    Task<bool> CanPostAsync(Guid personId, Guid communityId, CancellationToken cancellationToken);

    /// <summary>
    /// Why the person may not post, comment, react or answer in the community, or null when they may: 404
    /// <c>community.not_found</c> (not theirs to read), 403 <c>community.members_only</c>, <c>community.muted</c>,
    /// <c>community.archived</c>.
    /// </summary>
    Task<Error?> PostRefusalAsync(Guid personId, Guid communityId, CancellationToken cancellationToken);

    /// <summary>The communities the person is a member of (the home feed's sources).</summary>
    Task<IReadOnlyCollection<Guid>> MembershipsAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>
    /// The person's memberships as committed now (no cache): for the hub, which re-syncs a connection's groups after a
    /// membership event and must not put it back in a community it just left.
    /// </summary>
    Task<IReadOnlyCollection<Guid>> CurrentMembershipsAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>Every community whose posts the person may read: memberships plus public communities.</summary>
    Task<IReadOnlyCollection<Guid>> ReadableAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>May the person bring someone new in: read a public community, or own or moderate a private one.</summary>
    Task<bool> MayBringInAsync(Guid personId, Guid communityId, CancellationToken cancellationToken);

    /// <summary>The community's publishing rules (none for an unknown community).</summary>
    Task<PublishingRules> PublishingRulesAsync(Guid communityId, CancellationToken cancellationToken);

    /// <summary>Which communities the person may know of (not secret ones they are not in; a guest's own only): for trimming lists and search.</summary>
    Task<Func<Guid, bool>> ListableAsync(ICurrentUser user, CancellationToken cancellationToken);

    /// <summary>The communities the person owns or moderates: whose reported content they decide on (administrators decide on all).</summary>
    Task<IReadOnlyCollection<Guid>> ModeratedAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>Everyone who is a member of any of these communities (a guest's directory: the people they share a community with).</summary>
    Task<IReadOnlySet<Guid>> MembersOfAsync(IReadOnlyCollection<Guid> communityIds, CancellationToken cancellationToken);
}

/// <summary>What the directory is narrowed to; each part left empty does not narrow.</summary>
/// <param name="Query">Part of a name, description or tag, accents and case aside.</param>
public sealed record CommunityFilter(string? Query = null, string? Tag = null, string? Language = null, bool MineOnly = false, bool IncludeArchived = false);

/// <summary>Community use cases for the UI.</summary>
public interface ICommunitiesService
{
    Task<IReadOnlyList<CommunitySummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The directory, narrowed by the filter.</summary>
    Task<Result<IReadOnlyList<CommunitySummary>>> DirectoryAsync(CommunityFilter filter, CancellationToken cancellationToken);

    /// <summary>Communities worth joining for the current person: where the people of their location and role are.</summary>
    Task<IReadOnlyList<CommunitySuggestion>> SuggestionsAsync(int take, CancellationToken cancellationToken);

    Task<Result<CommunitySummary>> GetAsync(Guid communityId, CancellationToken cancellationToken);

    Task<Result<CommunitySummary>> CreateAsync(string name, string description, CommunityVisibility visibility, CancellationToken cancellationToken);

    Task<Result<CommunitySummary>> JoinAsync(Guid communityId, CancellationToken cancellationToken);

    /// <summary>Creates a community; an official one only when the current person is an administrator.</summary>
    Task<Result<CommunitySummary>> CreateAsync(string name, string description, CommunityVisibility visibility, bool isOfficial, CancellationToken cancellationToken);

    /// <summary>Adds someone as a member; community owners, moderators and administrators only.</summary>
    Task<Result<CommunitySummary>> AddMemberAsync(Guid communityId, Guid personId, CancellationToken cancellationToken);

    /// <summary>The current person leaves the community (nothing happens when they were not a member).</summary>
    Task<Result<Done>> LeaveAsync(Guid communityId, CancellationToken cancellationToken);

    /// <summary>Asks to join a private community (its owners and moderators decide).</summary>
    Task<Result<JoinRequestDto>> RequestToJoinAsync(Guid communityId, string? message, CancellationToken cancellationToken);

    /// <summary>The waiting requests, for the community's owners and moderators.</summary>
    Task<Result<IReadOnlyList<JoinRequestDto>>> JoinRequestsAsync(Guid communityId, CancellationToken cancellationToken);

    Task<Result<JoinRequestDto>> DecideJoinRequestAsync(Guid communityId, Guid personId, bool approve, CancellationToken cancellationToken);

    /// <summary>The members, a page at a time (members only, unless the community is public).</summary>
    Task<Result<Page<CommunityMemberDto>>> MembersAsync(Guid communityId, string? after, CancellationToken cancellationToken);

    /// <summary>Makes a member a "Member", "Moderator" or "Owner"; owners and administrators only.</summary>
    Task<Result<CommunityMemberDto>> ChangeRoleAsync(Guid communityId, Guid personId, string role, CancellationToken cancellationToken);

    /// <summary>Takes someone out of the community; owners, moderators (for members) and administrators.</summary>
    Task<Result<Done>> RemoveMemberAsync(Guid communityId, Guid personId, CancellationToken cancellationToken);

    /// <summary>Hands the community to another member; the owner handing over stays as a moderator.</summary>
    Task<Result<CommunityMemberDto>> TransferOwnershipAsync(Guid communityId, Guid personId, CancellationToken cancellationToken);

    /// <summary>Mutes a member for some days (they read, but do not post), or lifts it (null).</summary>
    Task<Result<CommunityMemberDto>> MuteAsync(Guid communityId, Guid personId, int? days, CancellationToken cancellationToken);

    /// <summary>Bans someone: no longer a member, and cannot come back until unbanned.</summary>
    Task<Result<CommunityBanDto>> BanAsync(Guid communityId, Guid personId, string? reason, CancellationToken cancellationToken);

    Task<Result<Done>> UnbanAsync(Guid communityId, Guid personId, CancellationToken cancellationToken);

    Task<Result<IReadOnlyList<CommunityBanDto>>> BansAsync(Guid communityId, CancellationToken cancellationToken);

    Task<Result<PublishingRules>> PublishingRulesAsync(Guid communityId, CancellationToken cancellationToken);

    /// <summary>Changes the community's page (owners and administrators): name, description, visibility, tags, language.</summary>
    Task<Result<CommunitySummary>> UpdateAsync(Guid communityId, string name, string description, CommunityVisibility visibility, IReadOnlyList<string> tags, string? language, CancellationToken cancellationToken);

    /// <summary>Archives the community (read-only, still read by its members), or brings it back.</summary>
    Task<Result<CommunitySummary>> ArchiveAsync(Guid communityId, bool archive, CancellationToken cancellationToken);

    /// <summary>Sets the cover from an uploaded picture, or removes it (null).</summary>
    Task<Result<CommunitySummary>> SetCoverAsync(Guid communityId, byte[]? upload, CancellationToken cancellationToken);

    /// <summary>Invites someone (owners and moderators): they are told, and accept or decline.</summary>
    Task<Result<Done>> InviteAsync(Guid communityId, Guid personId, CancellationToken cancellationToken);

    /// <summary>The current person accepts (becoming a member) or declines an invitation.</summary>
    Task<Result<CommunitySummary>> AnswerInvitationAsync(Guid communityId, bool accept, CancellationToken cancellationToken);

    /// <summary>Writes (or, blank, removes) the charter: a new version members accept again.</summary>
    Task<Result<CommunitySummary>> SetCharterAsync(Guid communityId, string? text, CancellationToken cancellationToken);

    /// <summary>The current person accepts this version of the charter.</summary>
    Task<Result<CommunitySummary>> AcceptCharterAsync(Guid communityId, int version, CancellationToken cancellationToken);

    /// <summary>The audiences whose people are members, kept current.</summary>
    Task<Result<IReadOnlyList<CommunityAudienceDto>>> AudiencesAsync(Guid communityId, CancellationToken cancellationToken);

    /// <summary>Makes the community follow these audiences (their people members now and as they change), replacing the list.</summary>
    Task<Result<IReadOnlyList<CommunityAudienceDto>>> SetAudiencesAsync(Guid communityId, IReadOnlyList<Guid> audienceIds, CancellationToken cancellationToken);

    /// <summary>Replaces the community's publishing rules: pre-approval of posts, and its keyword rules.</summary>
    Task<Result<PublishingRules>> SetPublishingRulesAsync(Guid communityId, bool requiresPostApproval, IReadOnlyList<KeywordRuleDto> keywordRules, CancellationToken cancellationToken);
}

/// <param name="Reason">Why it is suggested: "location" (people of your location are in it), "position" (people with your role), "tag" (its tags name your location or role), "official".</param>
/// <param name="Colleagues">How many people of your location or role belong to it.</param>
public sealed record CommunitySuggestion(CommunitySummary Community, string Reason, int Colleagues);

/// <param name="Role">"Owner", "Moderator" or "Member".</param>
/// <param name="MutedUntil">Until when a moderator muted them (they read, but do not post), or null.</param>
public sealed record CommunityMemberDto(Guid PersonId, string DisplayName, string Role, DateTimeOffset JoinedAt, DateTimeOffset? MutedUntil = null);

public sealed record CommunityAudienceDto(Guid AudienceId, string Name);

public sealed record CommunityBanDto(Guid PersonId, string DisplayName, string? Reason, DateTimeOffset BannedAt);

/// <summary>Community names for other modules' read models and DTOs (no visibility check: names are listed to everyone).</summary>
public interface ICommunityDirectory
{
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}

[IntegrationEventName("communities.community-created")]
public sealed record CommunityCreatedIntegrationEvent(Guid CommunityId, string Name, string Description, CommunityVisibility Visibility, bool IsOfficial) : IntegrationEvent;

/// <summary>A community's name, description or visibility changed: search files it again (a secret one for its members only).</summary>
[IntegrationEventName("communities.community-changed")]
public sealed record CommunityChangedIntegrationEvent(Guid CommunityId, string Name, string Description, CommunityVisibility Visibility, bool IsOfficial) : IntegrationEvent;

/// <summary>Someone was invited into a community: they are told, and decide.</summary>
[IntegrationEventName("communities.member-invited")]
public sealed record MemberInvitedIntegrationEvent(Guid CommunityId, string CommunityName, Guid PersonId, Guid InvitedBy) : IntegrationEvent;

[IntegrationEventName("communities.member-joined")]
public sealed record MemberJoinedIntegrationEvent(Guid CommunityId, Guid PersonId) : IntegrationEvent;

[IntegrationEventName("communities.member-left")]
public sealed record MemberLeftIntegrationEvent(Guid CommunityId, Guid PersonId) : IntegrationEvent;

/// <summary>Every community, for rebuilding the search index.</summary>
public interface ICommunitiesIndexSource
{
    IAsyncEnumerable<CommunityCreatedIntegrationEvent> AllCommunitiesAsync(CancellationToken cancellationToken);
}

/// <summary>Someone asked to join a private community: its owners and moderators (<see cref="ManagerIds"/>) decide.</summary>
[IntegrationEventName("communities.join-requested")]
public sealed record JoinRequestedIntegrationEvent(Guid CommunityId, string CommunityName, Guid PersonId, IReadOnlyList<Guid> ManagerIds) : IntegrationEvent;

/// <summary>A join request was approved (the person is now a member) or declined: the requester is told.</summary>
[IntegrationEventName("communities.join-request-decided")]
public sealed record JoinRequestDecidedIntegrationEvent(Guid CommunityId, string CommunityName, Guid PersonId, bool Approved) : IntegrationEvent;

/// <param name="Status">Pending, Approved or Declined.</param>
public sealed record JoinRequestDto(Guid CommunityId, Guid PersonId, string Status, string? Message, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt);

/// <summary>An answer to an invitation to an event; written as "Yes" / "Maybe" / "No".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RsvpResponse>))]
public enum RsvpResponse
{
    Yes,
    Maybe,
    No,
}

/// <summary>An event as the reader sees it: times in UTC and the zone they happen in, answers counted, and the reader's own.</summary>
/// <param name="Going">"Yes" answers within the capacity.</param>
/// <param name="Waiting">"Yes" answers past the capacity, on the waiting list.</param>
/// <param name="MyResponse">The reader's answer, or null.</param>
/// <param name="CanManage">The reader organises it (the community's owners and moderators): they see who comes.</param>
public sealed record EventDto(
    Guid Id, Guid CommunityId, string CommunityName, Guid? SeriesId, string Title, string? Description,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone, string? Place, string? OnlineUrl, int? Capacity,
    int Going, int Maybe, int Waiting, RsvpResponse? MyResponse, bool MyWaitlisted, bool CanManage);

public sealed record AttendeeDto(Guid PersonId, string DisplayName, RsvpResponse Response, bool Waitlisted, DateTimeOffset RespondedAt);

/// <summary>What planning an event asks: wall-clock times in its time zone, and how many weeks it repeats (1: once).</summary>
public sealed record PlanEventRequest(
    string? Title, string? Description, DateTime? StartsAt, DateTime? EndsAt, string? TimeZone, string? Place, string? OnlineUrl, int? Capacity, int? Weeks);

/// <summary>Community events for the UI: the same requests as the API.</summary>
public interface ICommunityEvents
{
    Task<Result<EventDto>> PlanAsync(Guid communityId, PlanEventRequest request, string? idempotencyKey, CancellationToken cancellationToken);

    /// <summary>The community's coming events (and those going on), soonest first.</summary>
    Task<Result<IReadOnlyList<EventDto>>> UpcomingAsync(Guid communityId, CancellationToken cancellationToken);

    /// <summary>The coming events of the current person's communities, soonest first (the home page).</summary>
    Task<IReadOnlyList<EventDto>> MineAsync(int take, CancellationToken cancellationToken);

    Task<Result<EventDto>> GetAsync(Guid eventId, CancellationToken cancellationToken);

    Task<Result<EventDto>> RespondAsync(Guid eventId, RsvpResponse response, CancellationToken cancellationToken);

    /// <summary>Who answered, for the organisers.</summary>
    Task<Result<IReadOnlyList<AttendeeDto>>> AttendeesAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>Whether the current person has a calendar feed address (it is shown only when made).</summary>
    Task<bool> HasCalendarFeedAsync(CancellationToken cancellationToken);

    /// <summary>Makes the person's secret calendar address, replacing any previous one; the token is shown this once.</summary>
    Task<Result<string>> NewCalendarFeedAsync(CancellationToken cancellationToken);

    Task<Result<Done>> RevokeCalendarFeedAsync(CancellationToken cancellationToken);
}

/// <summary>An event starts soon: those coming (yes and maybe, not waiting) get a reminder.</summary>
[IntegrationEventName("communities.event-reminder-due")]
public sealed record EventReminderDueIntegrationEvent(Guid CommunityEventId, Guid CommunityId, string Title, DateTimeOffset StartsAt, IReadOnlyList<Guid> PersonIds) : IntegrationEvent;

/// <summary>A spot freed up: the person waiting longest is now coming, and is told.</summary>
[IntegrationEventName("communities.event-spot-given")]
public sealed record EventSpotGivenIntegrationEvent(Guid CommunityEventId, string Title, DateTimeOffset StartsAt, Guid PersonId) : IntegrationEvent;

/// <summary>What someone asks help about; written as a string.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HelpCategory>))]
public enum HelpCategory
{
    Question,
    Problem,

    /// <summary>Signing in, an account, a missing access.</summary>
    Access,
    Other,
}

/// <summary>Where a help request stands: open (waiting for support), answered (waiting for the requester), closed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HelpStatus>))]
public enum HelpStatus
{
    Open,
    Answered,
    Closed,
}

public sealed record HelpMessageDto(Guid Id, string AuthorName, bool FromSupport, string Text, DateTimeOffset At);

/// <param name="ScreenshotUrl">Where the screenshot is served (to the requester and support), or null.</param>
public sealed record HelpRequestDto(
    Guid Id, Guid PersonId, string PersonName, HelpCategory Category, string Text, string? Page, HelpStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? ScreenshotUrl, IReadOnlyList<HelpMessageDto> Messages);

/// <summary>The Help entry: ask support, follow one's requests; and support's queue.</summary>
public interface IHelpDesk
{
    Task<Result<HelpRequestDto>> AskAsync(HelpCategory category, string text, string? page, byte[]? screenshot, string? idempotencyKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<HelpRequestDto>> MineAsync(CancellationToken cancellationToken);

    /// <summary>Support's queue (the support role and administrators): open ones first, oldest first.</summary>
    Task<Result<IReadOnlyList<HelpRequestDto>>> QueueAsync(HelpStatus? status, CancellationToken cancellationToken);

    Task<Result<HelpRequestDto>> GetAsync(Guid requestId, CancellationToken cancellationToken);

    Task<Result<HelpRequestDto>> ReplyAsync(Guid requestId, string text, CancellationToken cancellationToken);

    Task<Result<HelpRequestDto>> SetStatusAsync(Guid requestId, HelpStatus status, CancellationToken cancellationToken);

    /// <summary>Whether the current person handles the help queue (support role, administrators).</summary>
    bool IsSupport { get; }
}

/// <summary>Support answered a help request, or its status changed: the requester is told.</summary>
[IntegrationEventName("communities.help-request-updated")]
public sealed record HelpRequestUpdatedIntegrationEvent(Guid RequestId, Guid PersonId, HelpStatus Status, bool Answered) : IntegrationEvent;
