using System.Net;
using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.Host.Tests;

/// <summary>The host on Kestrel with a request that waits until the test lets it finish, and a drain delay before Kestrel stops.</summary>
public sealed class DrainingPlatform : KestrelPlatform
{
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Host:DrainDelay"] = "00:00:03" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter>(_ => new SlowRequest(this)));
    }

    private sealed class SlowRequest(DrainingPlatform platform) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/test/slow", slow => slow.Run(async context =>
            {
                platform.Started.TrySetResult();
                await platform.Release.Task.WaitAsync(TimeSpan.FromSeconds(20));
                await context.Response.WriteAsync("finished");
            }));
            next(app);
        };
    }
}

public sealed class GracefulShutdownTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stopping_ReadinessTurnsUnhealthyFirst_InFlightRequestFinishes_NothingLogsAnError()
    {
        var platform = new DrainingPlatform();
        await platform.InitializeAsync();
        using var client = platform.CreateSocketClient();
        using var probe = platform.CreateSocketClient();
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready", Cancel)).StatusCode);
        var slow = client.GetAsync("/test/slow", Cancel);
        await platform.Started.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancel);

        var stopping = Task.Run(() => platform.Services.GetRequiredService<IHost>().StopAsync(CancellationToken.None), Cancel);
        var ready = await Eventually.GetAsync(() => probe.GetAsync("/health/ready", Cancel), r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        platform.Release.SetResult();
        var finished = await slow;
        await stopping.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        await platform.DisposeAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("Shutting down", await ready.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, finished.StatusCode);
        Assert.Equal("finished", await finished.Content.ReadAsStringAsync(Cancel));
        Assert.Empty(platform.Logs.AtLeast(LogLevel.Error));
    }
}
