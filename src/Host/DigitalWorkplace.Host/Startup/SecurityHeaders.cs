namespace DigitalWorkplace.Host.Startup;

internal static class SecurityHeaders
{
    /// <summary>
    /// Headers every response carries: no MIME sniffing, no framing (clickjacking), no full URLs leaked to
    /// other sites. A content security policy waits for the inline import map to get a nonce.
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
