using System.Globalization;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Help;

/// <summary>Help requests as their readers see them: names looked up once, the thread oldest first.</summary>
internal sealed class HelpViews(CommunitiesDbContext db, IPeopleDirectory people)
{
    public static string ScreenshotPath(Guid requestId) => string.Create(CultureInfo.InvariantCulture, $"/api/v1/help/requests/{requestId}/screenshot");

    public async Task<IReadOnlyList<HelpRequestDto>> ToDtosAsync(IReadOnlyList<SupportRequest> requests, bool withMessages, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.Id).ToList();
        var messages = withMessages
            ? (await db.SupportMessages.AsNoTracking().Where(m => ids.Contains(m.RequestId)).OrderBy(m => m.Id).ToListAsync(cancellationToken)).ToLookup(m => m.RequestId)
            : Enumerable.Empty<SupportMessage>().ToLookup(m => m.RequestId);
        var names = await people.GetManyAsync([.. requests.Select(r => r.PersonId).Concat(messages.SelectMany(g => g).Select(m => m.AuthorId))], cancellationToken);
        string Name(Guid id) => names.GetValueOrDefault(id)?.DisplayName ?? "";
        return [.. requests.Select(r => new HelpRequestDto(
            r.Id, r.PersonId, Name(r.PersonId), r.Category, r.Text, r.Page, r.Status, r.CreatedAt, r.UpdatedAt,
            r.HasScreenshot ? ScreenshotPath(r.Id) : null,
            [.. messages[r.Id].Select(m => new HelpMessageDto(m.Id, Name(m.AuthorId), m.FromSupport, m.Text, m.At))]))];
    }

    public async Task<HelpRequestDto> ToDtoAsync(Guid requestId, CancellationToken cancellationToken) =>
        (await ToDtosAsync([await db.SupportRequests.AsNoTracking().FirstAsync(r => r.Id == requestId, cancellationToken)], withMessages: true, cancellationToken))[0];
}
