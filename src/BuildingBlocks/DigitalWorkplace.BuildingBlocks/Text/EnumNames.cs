namespace DigitalWorkplace.BuildingBlocks.Text;

/// <summary>An enum value by its name, in any case — never by a number ("1" is not a role), nor a name it does not have.</summary>
public static class EnumNames
{
    public static bool TryParse<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum
    {
        result = default;
        return value is not null && Enum.GetNames<TEnum>().Contains(value, StringComparer.OrdinalIgnoreCase) && Enum.TryParse(value, ignoreCase: true, out result);
    }
}
