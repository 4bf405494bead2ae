using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities.Help;

/// <summary>The UI's way to the Help entry: the same requests as the API.</summary>
internal sealed class HelpDesk(ISender sender, HelpAccess access) : IHelpDesk
{
    public bool IsSupport => access.IsSupport;

    public async Task<Result<HelpRequestDto>> AskAsync(HelpCategory category, string text, string? page, byte[]? screenshot, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new Features.AskForHelp.AskForHelp(category, text, page, screenshot, idempotencyKey), cancellationToken);
        return result.IsSuccess ? result.Value!.Value : result.Error!;
    }

    public async Task<IReadOnlyList<HelpRequestDto>> MineAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new Features.ListMyHelpRequests.ListMyHelpRequests(), cancellationToken)).Value ?? [];

    public async Task<Result<IReadOnlyList<HelpRequestDto>>> QueueAsync(HelpStatus? status, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ListHelpQueue.ListHelpQueue(status), cancellationToken);

    public async Task<Result<HelpRequestDto>> GetAsync(Guid requestId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.GetHelpRequest.GetHelpRequest(requestId), cancellationToken);

    public async Task<Result<HelpRequestDto>> ReplyAsync(Guid requestId, string text, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ReplyToHelpRequest.ReplyToHelpRequest(requestId, text), cancellationToken);

    public async Task<Result<HelpRequestDto>> SetStatusAsync(Guid requestId, HelpStatus status, CancellationToken cancellationToken) =>
        await sender.Send(new Features.SetHelpRequestStatus.SetHelpRequestStatus(requestId, status), cancellationToken);
}
