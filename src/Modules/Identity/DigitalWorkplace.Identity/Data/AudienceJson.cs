using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigitalWorkplace.Identity.Data;

/// <summary>How audience rules are stored: compact JSON, enums by name.</summary>
internal static class AudienceJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
