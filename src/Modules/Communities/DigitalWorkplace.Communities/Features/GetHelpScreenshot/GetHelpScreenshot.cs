using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Help;

namespace DigitalWorkplace.Communities.Features.GetHelpScreenshot;

/// <summary>The screenshot sent with a help request, for its requester and support.</summary>
internal sealed record GetHelpScreenshot(Guid RequestId) : IQuery<Result<byte[]>>;

internal sealed class GetHelpScreenshotAuthorizer(HelpAccess access) : IAuthorizer<GetHelpScreenshot>
{
    public async ValueTask<Error?> AuthorizeAsync(GetHelpScreenshot message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.ReadAsync(message.RequestId, cancellationToken);
}

internal sealed class GetHelpScreenshotHandler(CommunitiesDbContext db) : IQueryHandler<GetHelpScreenshot, Result<byte[]>>
{
    public async ValueTask<Result<byte[]>> Handle(GetHelpScreenshot query, CancellationToken cancellationToken) =>
        await db.SupportScreenshots.AsNoTracking().Where(s => s.RequestId == query.RequestId).Select(s => s.Content).FirstOrDefaultAsync(cancellationToken) is { } content
            ? content
            : HelpAccess.NotFound;
}
