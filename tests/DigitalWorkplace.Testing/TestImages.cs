using SkiaSharp;

namespace DigitalWorkplace.Testing;

/// <summary>Real pictures made on the spot (a blue field with an orange disc), for upload tests.</summary>
public static class TestImages
{
    public static byte[] Picture(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 90).ToArray();
    }

    public static byte[] Png(int width, int height) => Picture(width, height, SKEncodedImageFormat.Png);

    /// <summary>
    /// A JPEG carrying an EXIF block (APP1, right after the start marker) with <paramref name="marker"/> in it, as a phone's
    /// camera writes its GPS position: whatever re-encodes the picture must not keep it.
    /// </summary>
    public static byte[] JpegWithExif(int width, int height, string marker)
    {
        var jpeg = Picture(width, height, SKEncodedImageFormat.Jpeg);
        var payload = System.Text.Encoding.ASCII.GetBytes("Exif\0\0" + marker);
        var length = payload.Length + 2;
        byte[] segment = [0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF), .. payload];
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }
}
