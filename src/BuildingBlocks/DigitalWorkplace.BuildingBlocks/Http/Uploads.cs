using Microsoft.AspNetCore.Http;

namespace DigitalWorkplace.BuildingBlocks.Http;

/// <summary>An uploaded file's bytes; <see cref="TooLarge"/> when it went past the limit (nothing kept), null content when none came.</summary>
/// <param name="FileName">The name the form gave the file (never a path to trust), null for a raw body.</param>
public sealed record Upload(byte[]? Content, bool TooLarge, string? FileName = null);

/// <summary>
/// Reads a file sent as the request body or as one field of a form, never more than the limit: a declared length over it
/// is refused before anything is read, an undeclared one as soon as the limit is passed.
/// </summary>
public static class Uploads
{
    public static async Task<Upload> ReadAsync(HttpRequest request, string field, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes + 64 * 1024)
        {
            return new Upload(null, TooLarge: true);
        }

        try
        {
            Stream? body;
            string? fileName = null;
            if (request.HasFormContentType)
            {
                var file = (await request.ReadFormAsync(cancellationToken)).Files.GetFile(field);
                if (file?.Length > maxBytes)
                {
                    return new Upload(null, TooLarge: true);
                }

                body = file?.OpenReadStream();
                fileName = file?.FileName;
            }
            else
            {
                body = request.Body;
            }

            if (body is null)
            {
                return new Upload(null, TooLarge: false);
            }

            await using (body)
            {
                using var copy = new MemoryStream();
                var buffer = new byte[81920];
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (copy.Length + read > maxBytes)
                    {
                        return new Upload(null, TooLarge: true);
                    }

                    copy.Write(buffer, 0, read);
                }

                return new Upload(copy.Length == 0 ? null : copy.ToArray(), TooLarge: false, fileName);
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A form cut short or malformed: no file, as if none had been sent.
            return new Upload(null, TooLarge: false);
        }
    }
}
