using DigitalWorkplace.Communities.Contracts;

namespace DigitalWorkplace.Communities;

/// <summary>The UI's way to events: the same requests as the endpoints.</summary>
internal sealed class CommunityEventsService(ISender sender) : ICommunityEvents
{
    public async Task<Result<EventDto>> PlanAsync(Guid communityId, PlanEventRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new Features.PlanEvent.PlanEvent(communityId, request, idempotencyKey), cancellationToken);
        return result.IsSuccess ? result.Value!.Value : result.Error!;
    }

    public async Task<Result<IReadOnlyList<EventDto>>> UpcomingAsync(Guid communityId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ListCommunityEvents.ListCommunityEvents(communityId), cancellationToken);

    public async Task<IReadOnlyList<EventDto>> MineAsync(int take, CancellationToken cancellationToken) =>
        (await sender.Send(new Features.ListMyEvents.ListMyEvents(take), cancellationToken)).Value ?? [];

    public async Task<Result<EventDto>> GetAsync(Guid eventId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.GetEvent.GetEvent(eventId), cancellationToken);

    public async Task<Result<EventDto>> RespondAsync(Guid eventId, RsvpResponse response, CancellationToken cancellationToken) =>
        await sender.Send(new Features.RespondToEvent.RespondToEvent(eventId, response), cancellationToken);

    public async Task<Result<IReadOnlyList<AttendeeDto>>> AttendeesAsync(Guid eventId, CancellationToken cancellationToken) =>
        await sender.Send(new Features.ListAttendees.ListAttendees(eventId), cancellationToken);

    public async Task<bool> HasCalendarFeedAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new Features.GetCalendarFeed.GetCalendarFeed(), cancellationToken)).Value is not null;

    public async Task<Result<string>> NewCalendarFeedAsync(CancellationToken cancellationToken) =>
        await sender.Send(new Features.CreateCalendarFeed.CreateCalendarFeed(), cancellationToken);

    public async Task<Result<Done>> RevokeCalendarFeedAsync(CancellationToken cancellationToken) =>
        await sender.Send(new Features.RevokeCalendarFeed.RevokeCalendarFeed(), cancellationToken);
}
