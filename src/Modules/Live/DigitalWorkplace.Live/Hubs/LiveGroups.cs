namespace DigitalWorkplace.Live.Hubs;

/// <summary>SignalR group names: one per person (their own connections) and one per community (its members).</summary>
internal static class LiveGroups
{
    public static string Person(Guid personId) => $"person:{personId}";

    public static string Community(Guid communityId) => $"community:{communityId}";
}
