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
}
