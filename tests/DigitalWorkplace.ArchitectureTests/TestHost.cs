using DigitalWorkplace.Host.Startup;
using Microsoft.AspNetCore.Builder;

namespace DigitalWorkplace.ArchitectureTests;

/// <summary>The composed host, built but never started: its service provider is what the rules inspect.</summary>
internal static class TestHost
{
    public static WebApplication Build(string provider = "Sqlite") =>
        PlatformHost.Build(
        [
            $"--Database:Provider={provider}",
            "--Database:ConnectionString=Host=127.0.0.1;Database=model_check",
            $"--Database:DataDirectory={Path.GetTempPath()}",
        ]);
}
