namespace DigitalWorkplace.Host.Startup;

internal static class StructuredLogging
{
    /// <summary>JSON lines outside Development (for log shippers), readable text on a developer's console.</summary>
    public static void AddStructuredLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }
        else
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
    }
}
