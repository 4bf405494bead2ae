using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.Identity.Contracts;

/// <param name="Uri">The <c>otpauth://</c> address an authenticator app reads from a QR code.</param>
public sealed record TwoFactorSetupDto(string Key, string Uri);

public sealed record TwoFactorStatusDto(bool Enabled, int RecoveryCodesLeft);

/// <summary>One's own second factor, for the security page: the same requests as <c>/api/v1/me/two-factor</c>.</summary>
public interface ITwoFactorService
{
    Task<Result<TwoFactorStatusDto>> StatusAsync(CancellationToken cancellationToken);

    Task<Result<TwoFactorSetupDto>> StartAsync(CancellationToken cancellationToken);

    /// <summary>Puts the app in force with one of its codes; returns the recovery codes, shown once.</summary>
    Task<Result<IReadOnlyList<string>>> ConfirmAsync(string code, CancellationToken cancellationToken);

    Task<Result<Done>> DisableAsync(string code, CancellationToken cancellationToken);
}
