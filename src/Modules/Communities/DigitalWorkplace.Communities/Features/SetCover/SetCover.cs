using DigitalWorkplace.BuildingBlocks.Images;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Features.SetCover;

/// <summary>An owner (or administrator) sets the community's cover from an uploaded picture (3:1, metadata gone), or removes it.</summary>
internal sealed record SetCover(Guid CommunityId, byte[]? Upload, bool Remove = false) : ICommand<Result<CommunitySummary>>, IValidatable
{
    public const int Width = 1200;
    public const int Height = 400;

    public void Validate(Validator validator) => validator.That(Remove || Upload is { Length: > 0 }, "file", FieldError.Required());
}

internal sealed class SetCoverAuthorizer(CommunityPolicy policy) : IAuthorizer<SetCover>
{
    public async ValueTask<Error?> AuthorizeAsync(SetCover message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageRolesAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class SetCoverHandler(CommunitiesDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock) : ICommandHandler<SetCover, Result<CommunitySummary>>
{
    public async ValueTask<Result<CommunitySummary>> Handle(SetCover command, CancellationToken cancellationToken)
    {
        var community = await db.Communities.FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        var cover = await db.Covers.FirstOrDefaultAsync(c => c.CommunityId == community.Id, cancellationToken);
        if (command.Remove)
        {
            if (cover is not null)
            {
                db.Covers.Remove(cover);
            }

            community.CoverVersion = null;
        }
        else
        {
            if (await ImageProcessing.ToJpegAsync(command.Upload!, SetCover.Width, SetCover.Height, cancellationToken) is not { } jpeg)
            {
                return Error.Validation("file", FieldError.Rule("not_an_image", "must be a JPEG, PNG, WebP or GIF picture."));
            }

            if (cover is null)
            {
                db.Covers.Add(new CommunityCover { CommunityId = community.Id, Content = jpeg });
            }
            else
            {
                cover.Content = jpeg;
            }

            community.CoverVersion = clock.GetUtcNow().ToUnixTimeMilliseconds();
        }

        audit.Record(db, command.Remove ? "community.cover-removed" : "community.cover-changed", MemberRoles.Subject(community));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("community.cover_changing", "The cover is being changed by someone else at this moment: try again.");
        }
        return (await db.SummaryAsync(community.Id, user.PersonId, cancellationToken))!;
    }
}
