using DigitalWorkplace.Host.Cli;
using DigitalWorkplace.Host.Startup;

// One executable: the web host, or, with a command (`migrate`, `users create`, ...), the admin CLI.
if (AdminCli.IsCommand(args))
{
    return await AdminCli.RunAsync(args);
}

var app = PlatformHost.Build(args);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
