namespace DigitalWorkplace.Live;

/// <summary>The <c>Live</c> configuration section.</summary>
internal sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>A Redis connection string: when set, SignalR fans out across nodes through this Redis (backplane).</summary>
    public string? Redis { get; set; }
}
