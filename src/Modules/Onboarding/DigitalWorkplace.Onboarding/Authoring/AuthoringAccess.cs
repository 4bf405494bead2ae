namespace DigitalWorkplace.Onboarding.Authoring;

/// <summary>A request of the track editor: writing, publishing and assigning tracks.</summary>
internal interface IAuthoringRequest;

/// <summary>Who authors tracks: platform administrators (a track reaches whole audiences across the network).</summary>
internal sealed class AuthoringAuthorizer<TRequest> : IAuthorizer<TRequest>
    where TRequest : IAuthoringRequest
{
    public static readonly Error AdministratorsOnly = Error.Forbidden("onboarding.administrators_only", "Only administrators author onboarding tracks.");

    public ValueTask<Error?> AuthorizeAsync(TRequest message, ICurrentUser user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(user.IsAdministrator ? null : AdministratorsOnly);
}
