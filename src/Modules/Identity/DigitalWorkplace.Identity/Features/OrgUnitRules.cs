using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features;

/// <summary>Where a unit may sit in the tree, shared by creating and moving one.</summary>
internal static class OrgUnitRules
{
    public static Error? Placement(OrgUnitKind kind, OrgUnitNode? parent) =>
        OrgUnit.MayBeUnder(kind, parent?.Kind)
            ? null
            : Error.Validation("parentId", FieldError.Rule(
                "misplaced_unit",
                parent is null ? $"is required: a {kind} sits under another unit." : $"cannot hold a {kind}: it is a {parent.Kind}.",
                new Dictionary<string, object> { ["kind"] = kind.ToString(), ["parentKind"] = parent?.Kind.ToString() ?? "" }));

    public static Error NameTaken() =>
        new(ErrorKind.Conflict, "org_unit.name_taken", "Another unit has this name.",
            new Dictionary<string, FieldError[]> { ["name"] = [FieldError.Rule("taken", "is already the name of another unit.")] });
}
