using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using DigitalWorkplace.BuildingBlocks.Storage;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Attachments;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Feeds.Features.UploadAttachment;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task APhoto_IsScaledDownAndLosesItsMetadata_AndOnlyReadersOfThePostSeeIt()
    {
        var author = await Platform.CreateUserAsync("Photographer");
        var member = await Platform.CreateUserAsync("Team mate");
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync("Outsider"));
        var client = Platform.CreateClientFor(author);
        var team = await client.CreateCommunityAsync(CommunityVisibility.Private);
        await client.AddMemberAsync(team.Id, member.Id);

        var uploaded = await client.UploadAsync(TestImages.JpegWithExif(3200, 2400, "SECRET-GPS-48.8584N"), "IMG_0042.jpeg");

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var image = await uploaded.ReadAsync<AttachmentDto>();
        Assert.Equal(("Image", 1600, 1200, "IMG_0042.jpg"), (image.Kind, image.Width, image.Height, image.FileName));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(image.Url, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(image.Url, Cancel)).StatusCode);
        var post = await (await client.PostWithAttachmentsAsync(team.Id, "The new terrace!", image.Id)).ReadAsync<PostDto>();
        Assert.Equal(image.Id, Assert.Single(post.Attachments!).Id);
        Assert.Equal(image.Id, Assert.Single((await Platform.CreateClientFor(member).HomeFeedPageAsync()).Items.Single(p => p.Id == post.Id).Attachments!).Id);

        var served = await Platform.CreateClientFor(member).GetAsync(image.Url, Cancel);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        var etag = served.Headers.ETag!;
        Assert.Contains("no-cache", served.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        using var again = new HttpRequestMessage(HttpMethod.Get, image.Url) { Headers = { IfNoneMatch = { etag } } };
        Assert.Equal(HttpStatusCode.NotModified, (await Platform.CreateClientFor(member).SendAsync(again, Cancel)).StatusCode);
        using var probe = new HttpRequestMessage(HttpMethod.Get, image.Url) { Headers = { IfNoneMatch = { etag } } };
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.SendAsync(probe, Cancel)).StatusCode);
        var bytes = await served.Content.ReadAsByteArrayAsync(Cancel);
        Assert.DoesNotContain("SECRET-GPS", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        using var decoded = SKBitmap.Decode(bytes);
        Assert.Equal((1600, 1200), (decoded.Width, decoded.Height));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(image.Url, Cancel)).StatusCode);
    }

    [Fact]
    public async Task AHeldPostsPhoto_IsSeenByItsModeratorsOnly_AndUploadsWaitingForAPostAreCapped()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync("Moderating owner"));
        var writer = await Platform.CreateUserAsync("Held writer");
        var writerClient = Platform.CreateClientFor(writer);
        var reader = Platform.CreateClientFor(await Platform.CreateUserAsync("Plain reader"));
        var community = await owner.CreateCommunityAsync();
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync($"/api/v1/communities/{community.Id}/publishing-rules", new { requiresPostApproval = true, keywordRules = Array.Empty<object>() }, Cancel)).StatusCode);
        await writerClient.JoinAsync(community.Id);
        await reader.JoinAsync(community.Id);
        var image = await (await writerClient.UploadAsync(TestImages.Png(60, 40), "held.png")).ReadAsync<AttachmentDto>();

        var held = await (await writerClient.PostWithAttachmentsAsync(community.Id, "Waiting for approval", image.Id)).ReadAsync<PostDto>();

        Assert.Equal("Held", held.Status);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(image.Url, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(image.Url, Cancel)).StatusCode);

        for (var i = 0; i < UploadAttachmentHandler.MaxPending; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await writerClient.UploadAsync(TestImages.Png(8, 8), $"{i}.png")).StatusCode);
        }

        var capped = await writerClient.UploadAsync(TestImages.Png(8, 8), "one-too-many.png");
        Assert.Equal(HttpStatusCode.Conflict, capped.StatusCode);
        Assert.Equal("attachment.too_many_pending", await capped.CodeAsync());
    }

    [Fact]
    public async Task AFileOverTheLimit_Is413_AndNothingIsStored()
    {
        var author = await Platform.CreateUserAsync();
        var client = Platform.CreateClientFor(author);
        var tooLarge = new byte[AttachmentLimits.MaxBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(tooLarge);

        var refused = await client.UploadAsync(tooLarge, "manual.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("attachment.too_large", await refused.CodeAsync());
        Assert.Equal(0, await CountAsync(db => db.Attachments.CountAsync(a => a.UploaderId == author.Id, Cancel)));
        var raw = new HttpRequestMessage(HttpMethod.Post, "/api/v1/attachments?fileName=manual.pdf") { Content = new ByteArrayContent(tooLarge) };
        raw.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.SendAsync(raw, Cancel)).StatusCode);
        Assert.Equal(0, await CountAsync(db => db.Attachments.CountAsync(a => a.UploaderId == author.Id, Cancel)));
    }

    [Fact]
    public async Task Documents_AreCheckedByTheirContent_AndAlwaysDownloaded()
    {
        var author = await Platform.CreateUserAsync();
        var client = Platform.CreateClientFor(author);

        var disguised = await client.UploadAsync("<html><script>alert(1)</script></html>"u8.ToArray(), "menu.pdf");
        Assert.Equal(["file"], await disguised.ErrorFieldsAsync());
        Assert.Equal(["file"], await (await client.UploadAsync("MZ\u0090\0"u8.ToArray(), "setup.exe")).ErrorFieldsAsync());
        Assert.Equal(["file"], await (await client.UploadAsync("rota\0\0"u8.ToArray(), "rota.txt")).ErrorFieldsAsync());
        Assert.Equal(["file"], await (await client.UploadAsync([], "empty.pdf")).ErrorFieldsAsync());

        // As a raw body, named in the query: a name no form library would send, cleaned to its last part without quotes.
        var raw = new HttpRequestMessage(HttpMethod.Post, "/api/v1/attachments?fileName=" + Uri.EscapeDataString("../../etc/Allergens \"winter\".pdf"))
        {
            Content = new ByteArrayContent("%PDF-1.4\n% allergen card\n"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } },
        };
        var pdf = await (await client.SendAsync(raw, Cancel)).ReadAsync<AttachmentDto>();
        Assert.Equal(("File", "application/pdf", "Allergens winter.pdf"), (pdf.Kind, pdf.ContentType, pdf.FileName));
        var csv = await (await client.UploadAsync("day;shift\nmonday;6-14\n"u8.ToArray(), "rota.csv")).ReadAsync<AttachmentDto>();
        Assert.Equal("File", csv.Kind);
        var served = await client.GetAsync(pdf.Url, Cancel);
        Assert.Equal("attachment", served.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("sandbox", served.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpload_IsTakenOnce_ByItsOwnUploader_AndSweptWhenUnreachable()
    {
        var author = await Platform.CreateUserAsync();
        var other = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var client = Platform.CreateClientFor(author);
        var community = await client.CreateCommunityAsync();
        await other.JoinAsync(community.Id);
        var image = await (await client.UploadAsync(TestImages.Png(40, 30), "a.png")).ReadAsync<AttachmentDto>();

        Assert.Equal(["attachmentIds"], await (await other.PostWithAttachmentsAsync(community.Id, "Not mine", image.Id)).ErrorFieldsAsync());
        var post = await (await client.PostWithAttachmentsAsync(community.Id, "Mine", image.Id)).ReadAsync<PostDto>();
        Assert.Equal(["attachmentIds"], await (await client.PostWithAttachmentsAsync(community.Id, "Again", image.Id)).ErrorFieldsAsync());
        var comment = await client.PostAsJsonAsync($"/api/v1/posts/{post.Id}/comments", new { markdown = "Another angle", attachmentIds = new[] { image.Id } }, FeedsApi.Json, Cancel);
        Assert.Equal(["attachmentIds"], await comment.ErrorFieldsAsync());
        var second = await (await client.UploadAsync(TestImages.Png(40, 30), "b.png")).ReadAsync<AttachmentDto>();
        var commented = await (await client.PostAsJsonAsync($"/api/v1/posts/{post.Id}/comments", new { markdown = "Another angle", attachmentIds = new[] { second.Id } }, FeedsApi.Json, Cancel)).ReadAsync<CommentDto>();
        Assert.Equal(second.Id, Assert.Single(commented.Attachments!).Id);
        Assert.Equal(second.Id, Assert.Single(Assert.Single((await client.PostDetailAsync(post.Id)).Comments).Attachments!).Id);

        // An upload no post took within a day, and the files of a deleted post, are swept; a live post's are kept.
        var abandoned = await (await client.UploadAsync(TestImages.Png(40, 30), "c.png")).ReadAsync<AttachmentDto>();
        await Platform.AsAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<FeedsDbContext>();
            var day = DateTimeOffset.UtcNow.AddDays(-2);
            return await db.Attachments.Where(a => a.Id == abandoned.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UploadedAt, day), Cancel);
        });
        var sweeper = Platform.Services.GetRequiredService<AttachmentSweeper>();
        Assert.True(await sweeper.SweepAsync(Cancel) >= 1);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(abandoned.Url, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(image.Url, Cancel)).StatusCode);

        var admin = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/moderation/posts/{post.Id}", Cancel)).StatusCode);
        await sweeper.SweepAsync(Cancel);
        var keys = new[] { AttachmentFiles.KeyOf(image.Id), AttachmentFiles.KeyOf(second.Id) };
        var files = Platform.Services.GetRequiredService<IFileStore>();
        foreach (var key in keys)
        {
            Assert.Null(await files.OpenReadAsync(key, Cancel));
        }

        Assert.Equal(0, await CountAsync(db => db.Attachments.CountAsync(a => a.UploaderId == author.Id, Cancel)));
    }
}

internal static class AttachmentsApi
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        return client.PostAsync("/api/v1/attachments", form, Cancel);
    }

    public static Task<HttpResponseMessage> PostWithAttachmentsAsync(this HttpClient client, Guid communityId, string markdown, params Guid[] attachmentIds) =>
        client.PostAsJsonAsync($"/api/v1/communities/{communityId}/posts", new { markdown, attachmentIds }, FeedsApi.Json, Cancel);
}
