using DigitalWorkplace.BuildingBlocks.Translation;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Features.TranslateContent;

/// <summary>
/// A published post or one of its comments, translated on demand for whoever may read it — into <c>To</c>, or the
/// reader's language when none is named; only the languages the network offers (400 <c>to</c> otherwise). Held, hidden
/// and deleted text is not translated (it is not read either).
/// </summary>
internal sealed record TranslateContent(Guid PostId, Guid? CommentId, string? To) : IQuery<Result<TranslationDto>>;

internal sealed class TranslateContentAuthorizer(FeedPolicy policy) : IAuthorizer<TranslateContent>
{
    public async ValueTask<Error?> AuthorizeAsync(TranslateContent message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ReadPostAsync(user.PersonId, message.PostId, cancellationToken);
}

internal sealed class TranslateContentHandler(FeedsDbContext db, ContentTranslator translator) : IQueryHandler<TranslateContent, Result<TranslationDto>>
{
    public async ValueTask<Result<TranslationDto>> Handle(TranslateContent query, CancellationToken cancellationToken)
    {
        if (!translator.IsEnabled)
        {
            return ContentTranslator.Off;
        }

        var html = query.CommentId is { } commentId
            ? await db.Comments.AsNoTracking().Where(c => c.Id == commentId && c.PostId == query.PostId && c.Status == ContentStatus.Published).Select(c => c.Html).SingleOrDefaultAsync(cancellationToken)
            : await db.Posts.AsNoTracking().Where(p => p.Id == query.PostId && p.Status == ContentStatus.Published).Select(p => p.Html).SingleOrDefaultAsync(cancellationToken);
        if (html is null)
        {
            return query.CommentId is null ? FeedPolicy.PostNotFound : Error.NotFound("comment.not_found");
        }

        if (translator.Offered(query.To ?? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) is not { } language)
        {
            return translator.NotOffered("to");
        }

        var translated = await translator.TranslateAsync(html, language, cancellationToken);
        return translated.IsSuccess ? new TranslationDto(translated.Value!.Html, translated.Value.SourceLanguage, language) : translated.Error!;
    }
}
