using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using Xunit;

namespace DigitalWorkplace.Testing;

/// <summary>
/// A real SMTP server on a loopback port (SmtpServer), requiring the account <see cref="UserName"/> / <see cref="Password"/>
/// and keeping every message it accepts, parsed (MimeKit). It can be stopped and started again on the same port, as a mail
/// relay going down and coming back.
/// </summary>
public sealed class LocalSmtpServer : IAsyncLifetime
{
    public const string UserName = "digest";
    public const string Password = "smtp-test-password";

    private CancellationTokenSource? _running;
    private Task? _server;

    public int Port { get; } = FreePort();

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>Addresses answered "550 mailbox unavailable" at RCPT TO, as a relay refuses an address for good.</summary>
    public ConcurrentDictionary<string, bool> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The host settings that mail through this server.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:SmtpHost"] = "127.0.0.1",
        ["Mail:SmtpPort"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None",
        ["Mail:UserName"] = UserName,
        ["Mail:Password"] = Password,
        ["Mail:From"] = "Digital Workplace <no-reply@dw.test>",
        ["Mail:SiteUrl"] = "https://dw.test/",
        ["Mail:Timeout"] = "00:00:05",
    };

    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. Messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public ValueTask InitializeAsync()
    {
        Start();
        return ValueTask.CompletedTask;
    }

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).AllowUnsecureAuthentication(true).AuthenticationRequired(true))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Messages));
        services.Add(new Account());
        services.Add(new Mailboxes(Refused));
        _running = new CancellationTokenSource();
        var server = new SmtpServer.SmtpServer(options, services);
        _server = server.StartAsync(_running.Token);
    }

    public async Task StopAsync()
    {
        if (_running is null)
        {
            return;
        }

        await _running.CancelAsync();
        try
        {
            await _server!;
        }
        catch (OperationCanceledException)
        {
            // stopped, as asked
        }

        _running.Dispose();
        _running = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Mailboxes(ConcurrentDictionary<string, bool> refused) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!refused.ContainsKey($"{to.User}@{to.Host}"));
    }

    private sealed class Account : IUserAuthenticator
    {
        public Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken) =>
            Task.FromResult(user == UserName && password == Password);
    }
}
