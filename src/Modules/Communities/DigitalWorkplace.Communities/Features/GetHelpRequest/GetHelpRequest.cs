using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Help;

namespace DigitalWorkplace.Communities.Features.GetHelpRequest;

/// <summary>A help request with its thread, for its requester and support.</summary>
internal sealed record GetHelpRequest(Guid RequestId) : IQuery<Result<HelpRequestDto>>;

internal sealed class GetHelpRequestAuthorizer(HelpAccess access) : IAuthorizer<GetHelpRequest>
{
    public async ValueTask<Error?> AuthorizeAsync(GetHelpRequest message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.ReadAsync(message.RequestId, cancellationToken);
}

internal sealed class GetHelpRequestHandler(HelpViews views) : IQueryHandler<GetHelpRequest, Result<HelpRequestDto>>
{
    public async ValueTask<Result<HelpRequestDto>> Handle(GetHelpRequest query, CancellationToken cancellationToken) =>
        await views.ToDtoAsync(query.RequestId, cancellationToken);
}
