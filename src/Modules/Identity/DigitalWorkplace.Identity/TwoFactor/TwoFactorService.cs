using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Features.ConfirmTwoFactor;
using DigitalWorkplace.Identity.Features.DisableTwoFactor;
using DigitalWorkplace.Identity.Features.GetTwoFactorStatus;
using DigitalWorkplace.Identity.Features.StartTwoFactor;

namespace DigitalWorkplace.Identity.TwoFactor;

internal sealed class TwoFactorService(ISender sender) : ITwoFactorService
{
    public async Task<Result<TwoFactorStatusDto>> StatusAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new GetTwoFactorStatus(), cancellationToken)).Map(s => new TwoFactorStatusDto(s.Enabled, s.RecoveryCodesLeft));

    public async Task<Result<TwoFactorSetupDto>> StartAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new StartTwoFactor(), cancellationToken)).Map(k => new TwoFactorSetupDto(k.Key, k.Uri));

    public async Task<Result<IReadOnlyList<string>>> ConfirmAsync(string code, CancellationToken cancellationToken) =>
        (await sender.Send(new ConfirmTwoFactor(code), cancellationToken)).Map(c => c.Codes);

    public async Task<Result<Done>> DisableAsync(string code, CancellationToken cancellationToken) =>
        await sender.Send(new DisableTwoFactor(code), cancellationToken);
}
