using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Help;

namespace DigitalWorkplace.Communities.Features.SetHelpRequestStatus;

/// <summary>The requester or support closes a request (solved) or opens it again; the requester is told when support does it.</summary>
internal sealed record SetHelpRequestStatus(Guid RequestId, HelpStatus? Status) : ICommand<Result<HelpRequestDto>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(Status is HelpStatus.Closed or HelpStatus.Open, "status", FieldError.OneOf([nameof(HelpStatus.Open), nameof(HelpStatus.Closed)]));
}

internal sealed class SetHelpRequestStatusAuthorizer(HelpAccess access) : IAuthorizer<SetHelpRequestStatus>
{
    public async ValueTask<Error?> AuthorizeAsync(SetHelpRequestStatus message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.ReadAsync(message.RequestId, cancellationToken);
}

internal sealed class SetHelpRequestStatusHandler(CommunitiesDbContext db, HelpViews views, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SetHelpRequestStatus, Result<HelpRequestDto>>
{
    public async ValueTask<Result<HelpRequestDto>> Handle(SetHelpRequestStatus command, CancellationToken cancellationToken)
    {
        if (await db.SupportRequests.FirstOrDefaultAsync(r => r.Id == command.RequestId, cancellationToken) is not { } request)
        {
            return HelpAccess.NotFound;
        }

        if (request.Status != command.Status)
        {
            request.Status = command.Status!.Value;
            request.UpdatedAt = clock.GetUtcNow();
            if (request.PersonId != user.PersonId)
            {
                db.Publish(new HelpRequestUpdatedIntegrationEvent(request.Id, request.PersonId, request.Status, Answered: false), clock);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return await views.ToDtoAsync(request.Id, cancellationToken);
    }
}
