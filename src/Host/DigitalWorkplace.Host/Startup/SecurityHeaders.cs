namespace DigitalWorkplace.Host.Startup;

internal static class SecurityHeaders
{
    /// <summary>
    /// Headers every response carries: no MIME sniffing, no framing (clickjacking), no full URLs leaked to
    /// other sites. The web UI adds its Content-Security-Policy (with the import map's nonce).
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return next(context);
        });
}
