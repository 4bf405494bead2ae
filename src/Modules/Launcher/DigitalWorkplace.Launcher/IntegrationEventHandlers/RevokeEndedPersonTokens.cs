using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Contracts;
using OpenIddict.Abstractions;

namespace DigitalWorkplace.Launcher.IntegrationEventHandlers;

/// <summary>
/// When an account is suspended or ended, the apps it signed into lose it too: every refresh and access token the
/// platform issued for that person is revoked, so no app can renew their session. (The authorization endpoint already
/// refuses a new sign-in.) Revoking is idempotent, so a redelivered event changes nothing.
/// </summary>
[IntegrationEventSubscriber("launcher.revoke-ended-person-tokens")]
internal sealed class RevokeEndedPersonTokens(IOpenIddictTokenManager tokens) : IIntegrationEventHandler<PersonAccessEndedIntegrationEvent>
{
    public async Task HandleAsync(PersonAccessEndedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await foreach (var token in tokens.FindBySubjectAsync(integrationEvent.PersonId.ToString(), cancellationToken))
        {
            await tokens.TryRevokeAsync(token, cancellationToken);
        }
    }
}
