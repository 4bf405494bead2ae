using DigitalWorkplace.Feeds.BrandValues;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Features.CreateBrandValue;

/// <summary>Defines a brand value, in English and French, with its icon; placed last unless a position is given. Audited.</summary>
internal sealed record CreateBrandValue(BrandValueInput Value) : ICommand<Result<BrandValueDto>>, IValidatable
{
    public void Validate(Validator validator) => BrandValueRules.Validate(validator, Value);
}

internal sealed class CreateBrandValueAuthorizer : IAuthorizer<CreateBrandValue>
{
    public ValueTask<Error?> AuthorizeAsync(CreateBrandValue message, ICurrentUser user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(BrandValueRules.MayDefine(user));
}

internal sealed class CreateBrandValueHandler(FeedsDbContext db, BrandValueCatalog catalog, AuditTrail audit) : ICommandHandler<CreateBrandValue, Result<BrandValueDto>>
{
    public async ValueTask<Result<BrandValueDto>> Handle(CreateBrandValue command, CancellationToken cancellationToken)
    {
        var last = await db.BrandValues.MaxAsync(v => (int?)v.Position, cancellationToken) ?? -1;
        var value = new BrandValue { Id = Guid.CreateVersion7(), Icon = "", NameEn = "", NameFr = "", DescriptionEn = "", DescriptionFr = "", Position = last + 1 };
        BrandValueRules.Apply(value, command.Value);
        var entry = db.BrandValues.Add(value);
        audit.RecordChanges(db, "brand-value.created", BrandValueRules.Subject(value), entry);
        await db.SaveChangesAsync(cancellationToken);
        await catalog.ChangedAsync(cancellationToken);
        return BrandValueCatalog.ToDto(value);
    }
}
