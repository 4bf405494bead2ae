using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Features.ConfirmTwoFactor;
using DigitalWorkplace.Identity.Features.DisableTwoFactor;
using DigitalWorkplace.Identity.Features.GetTwoFactorStatus;
using DigitalWorkplace.Identity.Features.StartTwoFactor;

namespace DigitalWorkplace.Identity.TwoFactor;

internal sealed class TwoFactorService(ISender sender) : ITwoFactorService
{
    public async Task<Result<TwoFactorStatusDto>> StatusAsync(CancellationToken cancellationToken)
    {
        var status = await sender.Send(new GetTwoFactorStatus(), cancellationToken);
        return status.IsSuccess ? new TwoFactorStatusDto(status.Value!.Enabled, status.Value.RecoveryCodesLeft) : status.Error!;
    }

    public async Task<Result<TwoFactorSetupDto>> StartAsync(CancellationToken cancellationToken)
    {
        var key = await sender.Send(new StartTwoFactor(), cancellationToken);
        return key.IsSuccess ? new TwoFactorSetupDto(key.Value!.Key, key.Value.Uri) : key.Error!;
    }

    public async Task<Result<IReadOnlyList<string>>> ConfirmAsync(string code, CancellationToken cancellationToken)
    {
        var codes = await sender.Send(new ConfirmTwoFactor(code), cancellationToken);
        return codes.IsSuccess ? Result<IReadOnlyList<string>>.Success(codes.Value!.Codes) : codes.Error!;
    }

    public async Task<Result<Done>> DisableAsync(string code, CancellationToken cancellationToken) =>
        await sender.Send(new DisableTwoFactor(code), cancellationToken);
}
