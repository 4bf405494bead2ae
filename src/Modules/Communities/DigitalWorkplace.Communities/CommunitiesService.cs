using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Features.AddMember;
using DigitalWorkplace.Communities.Features.CreateCommunity;
using DigitalWorkplace.Communities.Features.GetCommunity;
using DigitalWorkplace.Communities.Features.JoinCommunity;
using DigitalWorkplace.Communities.Features.LeaveCommunity;
using DigitalWorkplace.Communities.Features.ListCommunities;

namespace DigitalWorkplace.Communities;

/// <summary>The UI's way in: sends the same requests as the endpoints, so rules and checks live in one place.</summary>
internal sealed class CommunitiesService(ISender sender) : ICommunitiesService
{
    public async Task<IReadOnlyList<CommunitySummary>> ListAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new ListCommunities(), cancellationToken)).Value ?? [];

    public async Task<Result<IReadOnlyList<CommunitySummary>>> DirectoryAsync(CommunityFilter filter, CancellationToken cancellationToken) =>
        await sender.Send(new ListCommunities(filter), cancellationToken);

    public async Task<IReadOnlyList<CommunitySuggestion>> SuggestionsAsync(int take, CancellationToken cancellationToken) =>
        (await sender.Send(new Features.SuggestCommunities.SuggestCommunities(take), cancellationToken)).Value ?? [];

    public async Task<Result<CommunitySummary>> GetAsync(Guid communityId, CancellationToken cancellationToken) =>
        await sender.Send(new GetCommunity(communityId), cancellationToken);

    public Task<Result<CommunitySummary>> CreateAsync(string name, string description, CommunityVisibility visibility, CancellationToken cancellationToken) =>
        CreateAsync(name, description, visibility, isOfficial: false, cancellationToken);

    public async Task<Result<CommunitySummary>> CreateAsync(string name, string description, CommunityVisibility visibility, bool isOfficial, CancellationToken cancellationToken) =>
        await sender.Send(new CreateCommunity(name, description, visibility, isOfficial), cancellationToken);

    public async Task<Result<CommunitySummary>> JoinAsync(Guid communityId, CancellationToken cancellationToken) =>
        await sender.Send(new JoinCommunity(communityId), cancellationToken);

    public async Task<Result<JoinRequestDto>> RequestToJoinAsync(Guid communityId, string? message, CancellationToken cancellationToken) =>
        await sender.Send(new Features.RequestToJoin.RequestToJoin(communityId, message), cancellationToken);

    public async Task<Result<IReadOnlyList<JoinRequestDto>>> JoinRequestsAsync(Guid communityId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ListJoinRequests.ListJoinRequests(communityId), cancellationToken);

    public async Task<Result<JoinRequestDto>> DecideJoinRequestAsync(Guid communityId, Guid personId, bool approve, CancellationToken cancellationToken) =>
        await sender.Send(new Features.DecideJoinRequest.DecideJoinRequest(communityId, personId, approve), cancellationToken);

    public async Task<Result<CommunitySummary>> AddMemberAsync(Guid communityId, Guid personId, CancellationToken cancellationToken) =>
        await sender.Send(new AddMember(communityId, personId), cancellationToken);

    public async Task<Result<Done>> LeaveAsync(Guid communityId, CancellationToken cancellationToken) =>
        await sender.Send(new LeaveCommunity(communityId), cancellationToken);

    public async Task<Result<Page<CommunityMemberDto>>> MembersAsync(Guid communityId, string? after, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ListMembers.ListMembers(communityId, after, Cursor.MaxPageSize), cancellationToken);

    public async Task<Result<CommunityMemberDto>> ChangeRoleAsync(Guid communityId, Guid personId, string role, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ChangeMemberRole.ChangeMemberRole(communityId, personId, role), cancellationToken);

    public async Task<Result<Done>> RemoveMemberAsync(Guid communityId, Guid personId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.RemoveMember.RemoveMember(communityId, personId), cancellationToken);

    public async Task<Result<CommunityMemberDto>> TransferOwnershipAsync(Guid communityId, Guid personId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.TransferOwnership.TransferOwnership(communityId, personId), cancellationToken);

    public async Task<Result<CommunityMemberDto>> MuteAsync(Guid communityId, Guid personId, int? days, CancellationToken cancellationToken) =>
        await sender.Send(new Features.MuteMember.MuteMember(communityId, personId, days), cancellationToken);

    public async Task<Result<CommunityBanDto>> BanAsync(Guid communityId, Guid personId, string? reason, CancellationToken cancellationToken) =>
        await sender.Send(new Features.BanMember.BanMember(communityId, personId, reason), cancellationToken);

    public async Task<Result<Done>> UnbanAsync(Guid communityId, Guid personId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.UnbanMember.UnbanMember(communityId, personId), cancellationToken);

    public async Task<Result<IReadOnlyList<CommunityBanDto>>> BansAsync(Guid communityId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ListBans.ListBans(communityId), cancellationToken);

    public async Task<Result<PublishingRules>> PublishingRulesAsync(Guid communityId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.GetPublishingRules.GetPublishingRules(communityId), cancellationToken);

    public async Task<Result<PublishingRules>> SetPublishingRulesAsync(
        Guid communityId, bool requiresPostApproval, IReadOnlyList<KeywordRuleDto> keywordRules, CancellationToken cancellationToken) =>
        await sender.Send(
            new Features.SetPublishingRules.SetPublishingRules(communityId, requiresPostApproval, [.. keywordRules.Select(r => new Features.SetPublishingRules.KeywordRuleBody(r.Keyword, r.Action))]),
            cancellationToken);

    public async Task<Result<CommunitySummary>> UpdateAsync(
        Guid communityId, string name, string description, CommunityVisibility visibility, IReadOnlyList<string> tags, string? language, CancellationToken cancellationToken) =>
        await sender.Send(new Features.UpdateCommunity.UpdateCommunity(communityId, name, description, visibility, tags, language), cancellationToken);

    public async Task<Result<CommunitySummary>> ArchiveAsync(Guid communityId, bool archive, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ArchiveCommunity.ArchiveCommunity(communityId, archive), cancellationToken);

    public async Task<Result<CommunitySummary>> SetCoverAsync(Guid communityId, byte[]? upload, CancellationToken cancellationToken) =>
        await sender.Send(new Features.SetCover.SetCover(communityId, upload, Remove: upload is null), cancellationToken);

    public async Task<Result<IReadOnlyList<CommunityAudienceDto>>> AudiencesAsync(Guid communityId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ListCommunityAudiences.ListCommunityAudiences(communityId), cancellationToken);

    public async Task<Result<IReadOnlyList<CommunityAudienceDto>>> SetAudiencesAsync(Guid communityId, IReadOnlyList<Guid> audienceIds, CancellationToken cancellationToken) =>
        await sender.Send(new Features.SetCommunityAudiences.SetCommunityAudiences(communityId, audienceIds), cancellationToken);

    public async Task<Result<CommunitySummary>> SetCharterAsync(Guid communityId, string? text, CancellationToken cancellationToken) =>
        await sender.Send(new Features.SetCharter.SetCharter(communityId, text), cancellationToken);

    public async Task<Result<CommunitySummary>> AcceptCharterAsync(Guid communityId, int version, CancellationToken cancellationToken) =>
        await sender.Send(new Features.AcceptCharter.AcceptCharter(communityId, version), cancellationToken);

    public async Task<Result<Done>> InviteAsync(Guid communityId, Guid personId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.InviteMember.InviteMember(communityId, personId), cancellationToken);

    public async Task<Result<CommunitySummary>> AnswerInvitationAsync(Guid communityId, bool accept, CancellationToken cancellationToken) =>
        await sender.Send(new Features.AnswerInvitation.AnswerInvitation(communityId, accept), cancellationToken);
}
