using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DigitalWorkplace.Testing;
using SkiaSharp;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>Profile photos: any picture a phone takes becomes a small square JPEG without its camera data, seen by whoever may see the person.</summary>
public abstract class PhotoTests(PlatformFactory platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OwnPhoto_LandscapePng_BecomesA256SquareJpeg_ShownOnTheProfile()
    {
        var me = await platform.CreateUserAsync("Photo owner");
        var client = platform.CreateClientFor(me);

        var set = await client.PutAsync($"/api/v1/people/{me.Id}/photo", Body(Picture(1200, 800, SKEncodedImageFormat.Png), "image/png"), Ct);

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var url = (await set.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("url").GetString()!;
        var photo = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        Assert.True(photo.Headers.CacheControl?.Private);
        Assert.Contains("immutable", photo.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var unversioned = await client.GetAsync($"/api/v1/people/{me.Id}/photo", Ct);
        Assert.True(unversioned.Headers.CacheControl?.NoCache);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/people/{me.Id}/photo?v=abc", Ct)).StatusCode);
        using var decoded = SKBitmap.Decode(await photo.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal((256, 256), (decoded.Width, decoded.Height));
        var colleague = platform.CreateClientFor(await platform.CreateUserAsync());
        Assert.Equal(url, (await colleague.GetFromJsonAsync<JsonElement>($"/api/v1/people/{me.Id}", Ct)).GetProperty("photoUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task CameraMetadata_IsGone_FromTheStoredPhoto()
    {
        var me = await platform.CreateUserAsync();
        var client = platform.CreateClientFor(me);
        var withSecret = WithComment(Picture(640, 640, SKEncodedImageFormat.Jpeg), "GPS 43.7102 N 7.2620 E secret-device");

        var set = await client.PutAsync($"/api/v1/people/{me.Id}/photo", Body(withSecret, "image/jpeg"), Ct);

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var stored = await client.GetByteArrayAsync((await set.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("url").GetString(), Ct);
        Assert.DoesNotContain("secret-device", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        Assert.Contains("secret-device", Encoding.Latin1.GetString(withSecret), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadUploads_AreRefused_AndTheOldPhotoStays()
    {
        var me = await platform.CreateUserAsync();
        var client = platform.CreateClientFor(me);
        var first = await client.PutAsync($"/api/v1/people/{me.Id}/photo", Body(Picture(300, 300, SKEncodedImageFormat.Png), "image/png"), Ct);
        var url = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("url").GetString()!;

        var garbage = await client.PutAsync($"/api/v1/people/{me.Id}/photo", Body(Encoding.UTF8.GetBytes("<svg onload=alert(1)>"), "image/jpeg"), Ct);
        var empty = await client.PutAsync($"/api/v1/people/{me.Id}/photo", Body([], "image/jpeg"), Ct);
        var huge = await client.PutAsync($"/api/v1/people/{me.Id}/photo", Body(new byte[9 * 1024 * 1024], "image/jpeg"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("\"file\"", await garbage.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(url, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{me.Id}", Ct)).GetProperty("photoUrl").GetString());
    }

    [Fact]
    public async Task SomeoneElsesPhoto_OnlyTheirAdministrators_SetOrRemoveIt()
    {
        var member = await platform.CreateUserAsync();
        var colleague = await platform.CreateUserAsync();
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var picture = Picture(400, 500, SKEncodedImageFormat.Jpeg);

        var byColleague = await platform.CreateClientFor(colleague).PutAsync($"/api/v1/people/{member.Id}/photo", Body(picture, "image/jpeg"), Ct);
        var byAdmin = await admin.PutAsync($"/api/v1/people/{member.Id}/photo", Body(picture, "image/jpeg"), Ct);
        var url = (await byAdmin.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("url").GetString()!;
        var removed = await platform.CreateClientFor(member).DeleteAsync($"/api/v1/people/{member.Id}/photo", Ct);

        Assert.Equal(HttpStatusCode.NotFound, byColleague.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{member.Id}", Ct)).GetProperty("photoUrl").ValueKind);
    }

    private static ByteArrayContent Body(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static byte[] Picture(int width, int height, SKEncodedImageFormat format) => TestImages.Picture(width, height, format);

    // A JPEG comment segment (COM, 0xFFFE) right after the start marker: where cameras and editors leave text behind.
    private static byte[] WithComment(byte[] jpeg, string comment)
    {
        var text = Encoding.ASCII.GetBytes(comment);
        var length = text.Length + 2;
        byte[] segment = [0xFF, 0xFE, (byte)(length >> 8), (byte)(length & 0xFF), .. text];
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }
}

public sealed class PhotoSqliteTests(SqlitePlatform platform) : PhotoTests(platform), IClassFixture<SqlitePlatform>;

public sealed class PhotoPostgresTests(PostgresPlatform platform) : PhotoTests(platform), IClassFixture<PostgresPlatform>;
