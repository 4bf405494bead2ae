using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Entra;

internal sealed record ExternalSignIn(bool MicrosoftAvailable) : IExternalSignIn;
