using System.Globalization;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.BrandValues;

/// <summary>What a brand value must be, and who defines them: administrators and communications; anyone else gets 403.</summary>
internal static class BrandValueRules
{
    public static readonly Error CommunicationsOnly = Error.Forbidden("brand_value.communications_only", "Administrators and communications define the brand values.");

    public static readonly Error NotFound = Error.NotFound("brand_value.not_found");

    public static Error? MayDefine(ICurrentUser user) => user.HasRole(PlatformRoleClaims.Communications) ? null : CommunicationsOnly;

    public static void Validate(Validator validator, BrandValueInput value) => validator
        .Required("icon", value.Icon, BrandValue.IconMaxLength)
        // An icon is one symbol (an emoji, possibly with a skin tone or a joiner), not a word.
        .That(value.Icon is null || new StringInfo(value.Icon.Trim()).LengthInTextElements <= 2, "icon", FieldError.Rule("one_symbol", "must be one symbol, such as an emoji."))
        .Required("nameEn", value.NameEn, BrandValue.NameMaxLength)
        .Required("nameFr", value.NameFr, BrandValue.NameMaxLength)
        .Required("descriptionEn", value.DescriptionEn, BrandValue.DescriptionMaxLength)
        .Required("descriptionFr", value.DescriptionFr, BrandValue.DescriptionMaxLength)
        .InRange("position", value.Position, 0, 1000);

    public static AuditSubject Subject(BrandValue value) => new("brand-value", value.Id.ToString(), value.NameEn);

    public static void Apply(BrandValue target, BrandValueInput value)
    {
        target.Icon = value.Icon!.Trim();
        target.NameEn = value.NameEn!.Trim();
        target.NameFr = value.NameFr!.Trim();
        target.DescriptionEn = value.DescriptionEn!.Trim();
        target.DescriptionFr = value.DescriptionFr!.Trim();
        target.Position = value.Position ?? target.Position;
        target.IsRetired = value.IsRetired;
    }
}
