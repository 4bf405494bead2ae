using DigitalWorkplace.Feeds.BrandValues;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;

namespace DigitalWorkplace.Feeds.Features.UpdateBrandValue;

/// <summary>Rewrites a brand value (both languages, icon, position) or retires it: retired, it is no longer offered, and past recognitions keep it. Audited.</summary>
internal sealed record UpdateBrandValue(Guid ValueId, BrandValueInput Value) : ICommand<Result<BrandValueDto>>, IValidatable
{
    public void Validate(Validator validator) => BrandValueRules.Validate(validator, Value);
}

internal sealed class UpdateBrandValueAuthorizer : IAuthorizer<UpdateBrandValue>
{
    public ValueTask<Error?> AuthorizeAsync(UpdateBrandValue message, ICurrentUser user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(BrandValueRules.MayDefine(user));
}

internal sealed class UpdateBrandValueHandler(FeedsDbContext db, BrandValueCatalog catalog, AuditTrail audit) : ICommandHandler<UpdateBrandValue, Result<BrandValueDto>>
{
    public async ValueTask<Result<BrandValueDto>> Handle(UpdateBrandValue command, CancellationToken cancellationToken)
    {
        var value = await db.BrandValues.SingleOrDefaultAsync(v => v.Id == command.ValueId, cancellationToken);
        if (value is null)
        {
            return BrandValueRules.NotFound;
        }

        BrandValueRules.Apply(value, command.Value);
        var entry = db.Entry(value);
        if (entry.State == EntityState.Modified)
        {
            audit.RecordChanges(db, "brand-value.updated", BrandValueRules.Subject(value), entry);
            await db.SaveChangesAsync(cancellationToken);
            await catalog.ChangedAsync(cancellationToken);
        }

        return BrandValueCatalog.ToDto(value);
    }
}
