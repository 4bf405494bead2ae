using SkiaSharp;

namespace DigitalWorkplace.BuildingBlocks.Images;

/// <summary>
/// Turns an uploaded picture into the one the page shows (a profile photo, a community's cover): decoded from JPEG, PNG,
/// WebP or GIF, turned upright (the phone's EXIF orientation), cropped to the centre at the wanted proportions and
/// re-encoded as a JPEG of that size. Re-encoding keeps pixels only, so the camera's metadata (GPS position, device)
/// never reaches anyone.
/// </summary>
public static class ImageProcessing
{
    public const int MaxUploadBytes = 8 * 1024 * 1024;

    // A decompression bomb is a small file that claims a huge picture: refused before any pixel is decoded.
    private const long MaxPixels = 25_000_000;

    // Decoding is the costly part (a 5,000 px square is 100 MB of pixels): two at a time, whoever sends them.
    private static readonly SemaphoreSlim Decoders = new(2);

    /// <summary>The picture as a <paramref name="width"/> × <paramref name="height"/> JPEG, or null when the bytes are not a picture we read.</summary>
    public static async Task<byte[]?> ToJpegAsync(byte[] upload, int width, int height, CancellationToken cancellationToken) =>
        (await DecodeAsync(upload, (_, _) => (width, height), cancellationToken))?.Jpeg;

    /// <summary>
    /// The whole picture, upright, as a JPEG no larger than <paramref name="maxSide"/> on its longer side (never enlarged),
    /// or null when the bytes are not a picture we read: a post's photo, shown as it was taken.
    /// </summary>
    public static Task<FittedImage?> FitAsync(byte[] upload, int maxSide, CancellationToken cancellationToken) =>
        DecodeAsync(upload, (w, h) =>
        {
            var scale = Math.Min(1d, (double)maxSide / Math.Max(w, h));
            return (Math.Max(1, (int)Math.Round(w * scale)), Math.Max(1, (int)Math.Round(h * scale)));
        }, cancellationToken);

    private static async Task<FittedImage?> DecodeAsync(byte[] upload, Func<int, int, (int Width, int Height)> size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        await Decoders.WaitAsync(cancellationToken);
        try
        {
            return ToJpeg(upload, size);
        }
        finally
        {
            Decoders.Release();
        }
    }

    private static FittedImage? ToJpeg(byte[] upload, Func<int, int, (int Width, int Height)> size)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height is 0 or > MaxPixels)
        {
            return null;
        }

        // The size wanted, from the picture's upright proportions (a portrait phone photo is stored on its side).
        var sideways = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (width, height) = sideways ? size(codec.Info.Height, codec.Info.Width) : size(codec.Info.Width, codec.Info.Height);

        // JPEG decodes straight to a fraction of its size (1/2 … 1/8): no more pixels than the result needs, twice over.
        var (codecWidth, codecHeight) = sideways ? (height, width) : (width, height);
        var scaled = codec.GetScaledDimensions(Math.Min(1f, 2f * Math.Max((float)codecWidth / codec.Info.Width, (float)codecHeight / codec.Info.Height)));
        var info = new SKImageInfo(scaled.Width, scaled.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = SKBitmap.Decode(codec, info);
        if (decoded is null)
        {
            return null;
        }

        using var rotated = Upright(decoded, codec.EncodedOrigin);
        var upright = rotated ?? decoded;
        upright.SetImmutable();
        // The largest centred rectangle of the wanted proportions.
        var sourceWidth = Math.Min(upright.Width, upright.Height * (float)width / height);
        var sourceHeight = sourceWidth * height / width;
        var source = SKRect.Create((upright.Width - sourceWidth) / 2f, (upright.Height - sourceHeight) / 2f, sourceWidth, sourceHeight);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        // A transparent PNG gets a white background: JPEG has no transparency.
        canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(upright);
        canvas.DrawImage(image, source, SKRect.Create(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var snapshot = surface.Snapshot();
        using var jpeg = snapshot.Encode(SKEncodedImageFormat.Jpeg, 85);
        return jpeg is null ? null : new FittedImage(jpeg.ToArray(), width, height);
    }

    /// <summary>The picture turned upright, or null when it already is (no copy made).</summary>
    private static SKBitmap? Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return null;
        }

        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var rotated = new SKBitmap(swaps ? bitmap.Height : bitmap.Width, swaps ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType);
        using var canvas = new SKCanvas(rotated);
        var (w, h) = (rotated.Width, rotated.Height);
        canvas.SetMatrix(origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, w, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, w, -1, 0, h, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, h, 0, 0, 1),
            _ => SKMatrix.Identity,
        });
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return rotated;
    }
}

/// <summary>A re-encoded picture and its size in pixels (for the page's width and height, so nothing jumps as it loads).</summary>
public sealed record FittedImage(byte[] Jpeg, int Width, int Height);
