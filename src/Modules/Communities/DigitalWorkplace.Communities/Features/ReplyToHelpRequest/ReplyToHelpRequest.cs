using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Communities.Help;

namespace DigitalWorkplace.Communities.Features.ReplyToHelpRequest;

/// <summary>
/// A message in the thread: support's answer makes the request "answered" and tells the requester; the requester's
/// reply opens it again for support. A closed request is reopened by a reply.
/// </summary>
internal sealed record ReplyToHelpRequest(Guid RequestId, string? Text) : ICommand<Result<HelpRequestDto>>, IValidatable
{
    public void Validate(Validator validator) => validator.Required("text", Text, SupportRequest.TextMaxLength);
}

internal sealed class ReplyToHelpRequestAuthorizer(HelpAccess access) : IAuthorizer<ReplyToHelpRequest>
{
    public async ValueTask<Error?> AuthorizeAsync(ReplyToHelpRequest message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.ReadAsync(message.RequestId, cancellationToken);
}

internal sealed class ReplyToHelpRequestHandler(CommunitiesDbContext db, HelpViews views, HelpAccess access, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReplyToHelpRequest, Result<HelpRequestDto>>
{
    public async ValueTask<Result<HelpRequestDto>> Handle(ReplyToHelpRequest command, CancellationToken cancellationToken)
    {
        if (await db.SupportRequests.FirstOrDefaultAsync(r => r.Id == command.RequestId, cancellationToken) is not { } request)
        {
            return HelpAccess.NotFound;
        }

        // Support answering someone else's request; one's own request is answered as its requester.
        var fromSupport = request.PersonId != user.PersonId && access.IsSupport;
        var now = clock.GetUtcNow();
        db.SupportMessages.Add(new SupportMessage { Id = Guid.CreateVersion7(), RequestId = request.Id, AuthorId = user.PersonId, FromSupport = fromSupport, Text = command.Text!.Trim(), At = now });
        request.Status = fromSupport ? HelpStatus.Answered : HelpStatus.Open;
        request.UpdatedAt = now;
        if (fromSupport)
        {
            db.Publish(new HelpRequestUpdatedIntegrationEvent(request.Id, request.PersonId, request.Status, Answered: true), clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await views.ToDtoAsync(request.Id, cancellationToken);
    }
}
