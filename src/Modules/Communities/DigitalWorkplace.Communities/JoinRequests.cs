using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities;

internal static class JoinRequests
{
    public static JoinRequestDto ToDto(JoinRequest request) =>
        new(request.CommunityId, request.PersonId, request.Status.ToString(), request.Message, request.RequestedAt, request.DecidedAt);
}
