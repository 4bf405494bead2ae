using System.Reflection;
using System.Text.Json;

namespace DigitalWorkplace.Host.Startup;

/// <summary>Finds the .NET type a JSON path points at in a request body type, to tell a client what was expected there.</summary>
internal static class JsonPathTypes
{
    /// <summary>"steps[0].kind" in <c>NewTrack</c> is <c>StepKind</c>; null when the path leaves the type.</summary>
    public static Type? Resolve(Type? root, string path)
    {
        var type = root;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (type is null)
            {
                return null;
            }

            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            type = Property(type, name);
            for (var i = bracket; type is not null && i >= 0; i = segment.IndexOf('[', i + 1))
            {
                type = ElementType(type);
            }
        }

        return type;
    }

    private static Type? Property(Type type, string jsonName)
    {
        var wanted = JsonNamingPolicy.CamelCase.ConvertName(jsonName);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => string.Equals(JsonNamingPolicy.CamelCase.ConvertName(p.Name), wanted, StringComparison.OrdinalIgnoreCase))
            ?.PropertyType;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0];
}
