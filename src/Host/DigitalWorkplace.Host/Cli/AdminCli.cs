namespace DigitalWorkplace.Host.Cli;

internal static class AdminCli
{
    public static bool IsCommand(string[] args) => false;

    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
