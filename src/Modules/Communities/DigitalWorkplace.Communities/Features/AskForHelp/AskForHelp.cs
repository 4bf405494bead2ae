using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.BuildingBlocks.Images;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Communities.Help;

namespace DigitalWorkplace.Communities.Features.AskForHelp;

/// <summary>
/// Anyone signed in asks support a question or reports a problem (a category, their words, the page they were on, and
/// optionally a screenshot, re-encoded so no metadata travels). With an idempotency key a retry asks once.
/// </summary>
internal sealed record AskForHelp(HelpCategory? Category, string? Text, string? Page, byte[]? Screenshot, string? IdempotencyKey)
    : ICommand<Result<Creation<HelpRequestDto>>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator
        .That(Category is { } c && Enum.IsDefined(c), "category", FieldError.OneOf(Enum.GetNames<HelpCategory>()))
        .Required("text", Text, SupportRequest.TextMaxLength)
        .MaxLength("page", Page, SupportRequest.PageMaxLength)
        .That(Page is null || (Page.StartsWith('/') && !Page.StartsWith("//", StringComparison.Ordinal) && !Page.Any(c => c == '\\' || char.IsControl(c))), "page", FieldError.Rule("local_path", "must be a path on this site, such as /communities."))
        .That(Screenshot is null || Screenshot.Length <= ImageProcessing.MaxUploadBytes, "screenshot", FieldError.Rule("too_large", "must be at most 8 MB."))
        .MaxLength("idempotencyKey", IdempotencyKey, IdempotentRequest.KeyMaxLength);
}

internal sealed class AskForHelpHandler(CommunitiesDbContext db, HelpViews views, ICurrentUser user, TimeProvider clock) : ICommandHandler<AskForHelp, Result<Creation<HelpRequestDto>>>
{
    public async ValueTask<Result<Creation<HelpRequestDto>>> Handle(AskForHelp command, CancellationToken cancellationToken)
    {
        byte[]? screenshot = null;
        if (command.Screenshot is { Length: > 0 } upload
            && (screenshot = await ImageProcessing.ToJpegAsync(upload, 1280, 800, cancellationToken)) is null)
        {
            return Error.Validation("screenshot", FieldError.Rule("not_an_image", "must be a JPEG, PNG, WebP or GIF picture."));
        }

        var request = IdempotentRequest.For(command.IdempotencyKey, command.Category.ToString(), command.Text, command.Page);
        return await request.CreateOnceAsync(db, FindAsync, async ct =>
        {
            var now = clock.GetUtcNow();
            var created = new SupportRequest
            {
                Id = Guid.CreateVersion7(),
                PersonId = user.PersonId,
                Category = command.Category!.Value,
                Text = command.Text!.Trim(),
                Page = command.Page,
                Status = HelpStatus.Open,
                CreatedAt = now,
                UpdatedAt = now,
                HasScreenshot = screenshot is not null,
                IdempotencyKey = request.Key,
                IdempotencyFingerprint = request.StoredFingerprint,
            };
            db.SupportRequests.Add(created);
            if (screenshot is not null)
            {
                db.SupportScreenshots.Add(new SupportScreenshot { RequestId = created.Id, Content = screenshot });
            }

            await db.SaveChangesAsync(ct);
            return await views.ToDtoAsync(created.Id, ct);
        }, cancellationToken);
    }

    private async Task<Keyed<HelpRequestDto>?> FindAsync(string key, CancellationToken cancellationToken) =>
        await db.SupportRequests.AsNoTracking().FirstOrDefaultAsync(r => r.PersonId == user.PersonId && r.IdempotencyKey == key, cancellationToken) is { } existing
            ? new Keyed<HelpRequestDto>(await views.ToDtoAsync(existing.Id, cancellationToken), existing.IdempotencyFingerprint)
            : null;
}
