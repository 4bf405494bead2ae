using System.Reflection;
using DigitalWorkplace.Communities;
using DigitalWorkplace.Feeds;
using DigitalWorkplace.Identity;
using DigitalWorkplace.Launcher;
using DigitalWorkplace.Live;
using DigitalWorkplace.Onboarding;
using DigitalWorkplace.Search;

namespace DigitalWorkplace.ArchitectureTests;

/// <summary>Every module, found through the one public type it is allowed to have.</summary>
public static class Modules
{
    public static readonly Type[] Surfaces =
    [
        typeof(IdentityModule), typeof(CommunitiesModule), typeof(FeedsModule), typeof(OnboardingModule),
        typeof(LauncherModule), typeof(SearchModule), typeof(LiveModule),
    ];

    public static TheoryData<string> Names => [.. Surfaces.Select(NameOf)];

    public static string NameOf(Type surface) => surface.Name[..^"Module".Length];

    public static Assembly Module(string name) => Surfaces.Single(s => NameOf(s) == name).Assembly;

    public static Assembly Contracts(string name) => Assembly.Load($"DigitalWorkplace.{name}.Contracts");

    public static IEnumerable<string> ReferencedDigitalWorkplaceAssemblies(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("DigitalWorkplace.", StringComparison.Ordinal));
}
