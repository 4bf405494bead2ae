using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Features.SetPublishingRules;

/// <summary>
/// The community's owners and moderators set what it asks of posts: pre-approval of every post, and keyword rules that
/// block a post or comment, or hold it for approval. The whole list is replaced; words are matched whole, in any case.
/// </summary>
internal sealed record SetPublishingRules(Guid CommunityId, bool? RequiresPostApproval, IReadOnlyList<KeywordRuleBody>? KeywordRules)
    : ICommand<Result<PublishingRules>>, IValidatable
{
    public const int MaxRules = 200;

    public void Validate(Validator validator)
    {
        validator.That((KeywordRules?.Count ?? 0) <= MaxRules, "keywordRules", FieldError.OutOfRange(0, MaxRules));
        for (var i = 0; i < (KeywordRules?.Count ?? 0); i++)
        {
            var rule = KeywordRules![i];
            validator.Required($"keywordRules[{i}].keyword", rule?.Keyword, KeywordRule.KeywordMaxLength)
                .That(rule?.Action is not null, $"keywordRules[{i}].action", FieldError.OneOf(Enum.GetNames<KeywordAction>()));
        }
    }
}

internal sealed record KeywordRuleBody(string? Keyword, KeywordAction? Action);

internal sealed class SetPublishingRulesAuthorizer(CommunityPolicy policy) : IAuthorizer<SetPublishingRules>
{
    public async ValueTask<Error?> AuthorizeAsync(SetPublishingRules message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class SetPublishingRulesHandler(CommunitiesDbContext db, CommunityCache cache, AuditTrail audit) : ICommandHandler<SetPublishingRules, Result<PublishingRules>>
{
    public async ValueTask<Result<PublishingRules>> Handle(SetPublishingRules command, CancellationToken cancellationToken)
    {
        var community = await db.Communities.FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        var wanted = (command.KeywordRules ?? [])
            .Select(r => new KeywordRuleDto(PublishingRuleText.Normalize(r.Keyword!), r.Action!.Value))
            .Where(r => r.Keyword.Length > 0)
            .GroupBy(r => r.Keyword).Select(g => g.Last()) // the same word twice: the last one says what it does
            .OrderBy(r => r.Keyword, StringComparer.Ordinal).ToList();
        var existing = await db.KeywordRules.Where(r => r.CommunityId == community.Id).ToListAsync(cancellationToken);
        var before = AuditTrail.Fields(("requiresPostApproval", community.RequiresPostApproval), ("keywords", Describe(existing.Select(r => new KeywordRuleDto(r.Keyword, r.Action)))));
        db.KeywordRules.RemoveRange(existing);
        db.KeywordRules.AddRange(wanted.Select(r => new KeywordRule { CommunityId = community.Id, Keyword = r.Keyword, Action = r.Action }));
        community.RequiresPostApproval = command.RequiresPostApproval ?? community.RequiresPostApproval;
        audit.Record(db, "community.publishing-rules-changed", MemberRoles.Subject(community), before,
            AuditTrail.Fields(("requiresPostApproval", community.RequiresPostApproval), ("keywords", Describe(wanted))));
        await db.SaveChangesAsync(cancellationToken);
        await cache.CatalogChangedAsync(cancellationToken);
        return new PublishingRules(community.RequiresPostApproval, wanted);
    }

    private static string Describe(IEnumerable<KeywordRuleDto> rules) => string.Join(", ", rules.Select(r => $"{r.Keyword} ({r.Action})"));
}
