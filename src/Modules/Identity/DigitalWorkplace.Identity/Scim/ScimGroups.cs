using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalWorkplace.BuildingBlocks.Auditing;
using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Scim;

/// <summary>
/// Directory groups as SCIM Groups. Each has an audience tag (made from its first name, kept when it is renamed) that its
/// members carry among their tags, so a group drives whatever an audience on that tag drives — communities, onboarding,
/// app tiles. A membership change re-evaluates the members' audiences in the same save.
/// </summary>
internal sealed class ScimGroups(
    IdentityModuleDbContext db, AudienceMembership audiences, ICacheInvalidation invalidation, AuditTrail audit, ScimRequestContext context, TimeProvider clock)
{
    public static readonly Error NotFound = Error.NotFound("scim.group_not_found", "No such group.");

    private const int TagLength = 40;

    public const string TagPrefix = "scim-";

    /// <summary>This directory's groups: another directory's are not its to see or change.</summary>
    public IQueryable<ScimGroup> Own()
    {
        var clientId = context.ClientId;
        return db.ScimGroups.Where(g => g.ClientId == clientId);
    }

    public Task<ScimGroup?> FindAsync(Guid id, CancellationToken cancellationToken) => Own().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);

    public async Task<Result<ScimGroup>> CreateAsync(JsonElement resource, CancellationToken cancellationToken)
    {
        if (ScimJson.Text(ScimJson.Get(resource, "displayName")) is not { Length: > 0 and <= ScimGroup.DisplayNameMaxLength } name)
        {
            return ScimJson.InvalidValue("displayName is required (at most 200 characters).");
        }

        if (await Own().AnyAsync(g => g.DisplayName == name, cancellationToken))
        {
            return Error.Conflict("scim.uniqueness", $"A group is already called '{name}'.");
        }

        var now = clock.GetUtcNow();
        var group = new ScimGroup
        {
            DisplayName = name,
            ExternalId = Cut(ScimJson.Text(ScimJson.Get(resource, "externalId"))),
            Tag = await FreeTagAsync(name, cancellationToken),
            ClientId = context.ClientId!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.ScimGroups.Add(group);
        audit.Record(db, "group.provisioned", Subject(group), after: AuditTrail.Fields(("displayName", group.DisplayName), ("tag", group.Tag)));
        var members = MemberIds(ScimJson.Get(resource, "members"));
        if (!members.IsSuccess)
        {
            return members.Error!;
        }

        return await ChangeMembersAsync(group, add: members.Value!, remove: [], cancellationToken);
    }

    /// <summary>PUT: the name and exactly these members.</summary>
    public async Task<Result<ScimGroup>> ReplaceAsync(ScimGroup group, JsonElement resource, CancellationToken cancellationToken)
    {
        var members = MemberIds(ScimJson.Get(resource, "members"));
        if (!members.IsSuccess)
        {
            return members.Error!;
        }

        if (Rename(group, ScimJson.Text(ScimJson.Get(resource, "displayName"))) is { } invalid)
        {
            return invalid;
        }

        group.ExternalId = Cut(ScimJson.Text(ScimJson.Get(resource, "externalId")));
        var current = await MembersAsync(group.Id, cancellationToken);
        return await ChangeMembersAsync(group, [.. members.Value!.Except(current)], [.. current.Except(members.Value!)], cancellationToken);
    }

    /// <summary>PATCH: members added or removed (<c>members</c> with values, or <c>members[value eq "id"]</c>), the name replaced.</summary>
    public async Task<Result<ScimGroup>> PatchAsync(ScimGroup group, JsonElement patch, CancellationToken cancellationToken)
    {
        if (ScimJson.Get(patch, "Operations") is not { ValueKind: JsonValueKind.Array } operations)
        {
            return ScimJson.InvalidSyntax("A PatchOp needs an 'Operations' array.");
        }

        var current = await MembersAsync(group.Id, cancellationToken);
        var wanted = current.ToHashSet();
        foreach (var operation in operations.EnumerateArray())
        {
            var op = ScimJson.Text(ScimJson.Get(operation, "op"))?.ToLowerInvariant();
            var path = ScimJson.Text(ScimJson.Get(operation, "path"))?.Trim();
            var value = ScimJson.Get(operation, "value");
            if (op is not ("add" or "replace" or "remove"))
            {
                return ScimJson.InvalidSyntax($"'{op}' is not a PATCH operation: add, replace or remove.");
            }

            if (path is null && value is { ValueKind: JsonValueKind.Object } values)
            {
                // Okta: replace with no path and the attributes as an object.
                if (ScimJson.Get(values, "displayName") is { } renamed && Rename(group, ScimJson.Text(renamed)) is { } invalid)
                {
                    return invalid;
                }

                if (ScimJson.Get(values, "members") is { } members && Apply(wanted, op, members) is { } problem)
                {
                    return problem;
                }

                continue;
            }

            var problemOfPath = path?.ToLowerInvariant() switch
            {
                "displayname" => Rename(group, ScimJson.Text(value)),
                "externalid" => SetExternalId(group, ScimJson.Text(value)),
                "members" when op == "remove" && value is null => RemoveAll(wanted),
                "members" => value is { } members ? Apply(wanted, op, members) : ScimJson.InvalidValue("members needs a value."),
                { } filtered when filtered.StartsWith("members[", StringComparison.Ordinal) && op == "remove" => RemoveFiltered(wanted, path),
                _ => null,
            };
            if (problemOfPath is not null)
            {
                return problemOfPath;
            }
        }

        return await ChangeMembersAsync(group, [.. wanted.Except(current)], [.. current.Except(wanted)], cancellationToken);
    }

    public async Task DeleteAsync(ScimGroup group, CancellationToken cancellationToken)
    {
        var result = await ChangeMembersAsync(group, [], await MembersAsync(group.Id, cancellationToken), cancellationToken);
        if (result.IsSuccess)
        {
            db.ScimGroups.Remove(group);
            audit.Record(db, "group.deleted", Subject(group), AuditTrail.Fields(("displayName", group.DisplayName), ("tag", group.Tag)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>A person the directory deletes leaves every group (and sheds their tags).</summary>
    public async Task LeaveAllAsync(Person person, CancellationToken cancellationToken)
    {
        var groupIds = await db.ScimGroupMembers.Where(m => m.PersonId == person.Id).Select(m => m.GroupId).ToListAsync(cancellationToken);
        foreach (var group in await db.ScimGroups.Where(g => groupIds.Contains(g.Id)).ToListAsync(cancellationToken))
        {
            await ChangeMembersAsync(group, [], [person.Id], cancellationToken);
        }
    }

    public async Task<JsonObject> ToResourceAsync(ScimGroup group, bool withMembers, CancellationToken cancellationToken)
    {
        var resource = Resource(group, context.BaseUrl);
        if (withMembers)
        {
            var groupId = group.Id;
            var members = await (from m in db.ScimGroupMembers.AsNoTracking()
                                 where m.GroupId == groupId
                                 join p in db.Users on m.PersonId equals p.Id
                                 orderby p.Id
                                 select new { p.Id, p.DisplayName }).ToListAsync(cancellationToken);
            resource["members"] = new JsonArray([.. members.Select(m => (JsonNode)new JsonObject
            {
                ["value"] = m.Id.ToString(), ["display"] = m.DisplayName, ["$ref"] = $"{context.BaseUrl}/Users/{m.Id}",
            })]);
        }

        return resource;
    }

    public static JsonObject Resource(ScimGroup group, string baseUrl) => new()
    {
        ["schemas"] = new JsonArray(ScimSchemas.Group),
        ["id"] = group.Id.ToString(),
        ["externalId"] = group.ExternalId,
        ["displayName"] = group.DisplayName,
        ["meta"] = new JsonObject
        {
            ["resourceType"] = "Group",
            ["created"] = group.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["lastModified"] = group.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["location"] = $"{baseUrl}/Groups/{group.Id}",
        },
    };

    /// <summary>Adds and removes members: their tags, their audiences, one save, every node's cache of them, one audit entry.</summary>
    private async Task<Result<ScimGroup>> ChangeMembersAsync(ScimGroup group, IReadOnlyCollection<Guid> add, List<Guid> remove, CancellationToken cancellationToken)
    {
        var ids = add.Concat(remove).Distinct().ToList();
        // Members among the people this directory provisioned: it cannot put anyone else in an audience.
        var clientId = context.ClientId;
        var people = await db.Users.Where(p => ids.Contains(p.Id) && p.ProvisionedBy == clientId).ToDictionaryAsync(p => p.Id, cancellationToken);
        if (add.Where(id => !people.ContainsKey(id)).Select(id => (Guid?)id).FirstOrDefault() is { } unknown)
        {
            return ScimJson.InvalidValue($"No user has the id {unknown}.");
        }

        foreach (var id in add)
        {
            var person = people[id];
            var tags = PersonRules.ListOf(person.Tags).ToList();
            if (!tags.Contains(group.Tag))
            {
                tags.Add(group.Tag);
                if (tags.Count > PersonRules.MaxTags || (PersonRules.StoredTags(tags)?.Length ?? 0) > Person.TagsMaxLength)
                {
                    return ScimJson.InvalidValue($"{person.DisplayName} is in too many groups ({PersonRules.MaxTags} at most).");
                }

                person.Tags = PersonRules.StoredTags(tags);
            }

            db.ScimGroupMembers.Add(new ScimGroupMember { GroupId = group.Id, PersonId = id });
        }

        if (remove.Count > 0)
        {
            // Tracked, not deleted in bulk: the whole change is one save, or nothing.
            db.ScimGroupMembers.RemoveRange(await db.ScimGroupMembers.Where(m => m.GroupId == group.Id && remove.Contains(m.PersonId)).ToListAsync(cancellationToken));
            foreach (var person in remove.Where(people.ContainsKey).Select(id => people[id]))
            {
                person.Tags = PersonRules.StoredTags([.. PersonRules.ListOf(person.Tags).Where(t => t != group.Tag)]);
            }
        }

        group.UpdatedAt = clock.GetUtcNow();
        if (ids.Count > 0)
        {
            await audiences.StageAsync([.. people.Values], cancellationToken);
            audit.Record(db, "group.members-changed", Subject(group), after: AuditTrail.Fields(("added", add.Count), ("removed", remove.Count)));
        }

        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync(ids.Select(Credentials.PersonKey), cancellationToken);
        return group;
    }

    private Task<List<Guid>> MembersAsync(Guid groupId, CancellationToken cancellationToken) =>
        db.ScimGroupMembers.Where(m => m.GroupId == groupId).Select(m => m.PersonId).ToListAsync(cancellationToken);

    private Error? Rename(ScimGroup group, string? name)
    {
        if (name is not { Length: > 0 and <= ScimGroup.DisplayNameMaxLength })
        {
            return ScimJson.InvalidValue("displayName is required (at most 200 characters).");
        }

        if (name != group.DisplayName)
        {
            audit.Record(db, "group.renamed", Subject(group), AuditTrail.Fields(("displayName", group.DisplayName)), AuditTrail.Fields(("displayName", name)));
            group.DisplayName = name;
        }

        return null;
    }

    private static Error? SetExternalId(ScimGroup group, string? externalId)
    {
        group.ExternalId = Cut(externalId);
        return null;
    }

    private static Error? Apply(HashSet<Guid> wanted, string op, JsonElement members)
    {
        var ids = MemberIds(members);
        if (!ids.IsSuccess)
        {
            return ids.Error;
        }

        if (op == "replace")
        {
            wanted.Clear();
        }

        foreach (var id in ids.Value!)
        {
            if (op == "remove")
            {
                wanted.Remove(id);
            }
            else
            {
                wanted.Add(id);
            }
        }

        return null;
    }

    private static Error? RemoveAll(HashSet<Guid> wanted)
    {
        wanted.Clear();
        return null;
    }

    private static Error? RemoveFiltered(HashSet<Guid> wanted, string path)
    {
        var filter = ScimFilter.Parse(path);
        if (!filter.IsSuccess)
        {
            return new Error(ErrorKind.Validation, "scim.invalidPath", filter.Error!.Message);
        }

        foreach (var condition in filter.Value!.Where(c => c.Attribute == "members.value"))
        {
            if (Guid.TryParse(condition.Value, out var id))
            {
                wanted.Remove(id);
            }
        }

        return null;
    }

    /// <summary>The ids of <c>[{"value": "id"}, …]</c>; a value that is no id of ours is a 400.</summary>
    private static Result<IReadOnlyList<Guid>> MemberIds(JsonElement? members)
    {
        if (members is null || members.Value.ValueKind == JsonValueKind.Null)
        {
            return Array.Empty<Guid>();
        }

        if (members.Value.ValueKind != JsonValueKind.Array)
        {
            return ScimJson.InvalidValue("members must be an array of {\"value\": id}.");
        }

        var ids = new List<Guid>();
        foreach (var member in members.Value.EnumerateArray())
        {
            if (!Guid.TryParse(ScimJson.Text(ScimJson.Get(member, "value")), out var id))
            {
                return ScimJson.InvalidValue("A member's value must be a user id.");
            }

            ids.Add(id);
        }

        return ids.Distinct().ToList();
    }

    /// <summary>The group's name as a tag ("Équipe d'ouverture" → "scim-equipe-d-ouverture"), numbered when another group has it.</summary>
    private async Task<string> FreeTagAsync(string name, CancellationToken cancellationToken)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        // "scim-": a directory's tags never collide with the ones administrators give (an audience on "managers" stays theirs).
        var stem = TagPrefix + (slug.ToString().Trim('-') is { Length: > 0 } text ? text[..Math.Min(text.Length, TagLength - TagPrefix.Length - 4)].TrimEnd('-') : "group");
        var tag = stem;
        for (var n = 2; await db.ScimGroups.AnyAsync(g => g.Tag == tag, cancellationToken); n++)
        {
            tag = $"{stem}-{n}";
        }

        return tag;
    }

    private static AuditSubject Subject(ScimGroup group) => new("group", group.Id.ToString(), group.DisplayName);

    private static string? Cut(string? text) => text is null || text.Length <= Person.DirectoryFieldMaxLength ? text : text[..Person.DirectoryFieldMaxLength];
}
