using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Goen.Web.Tests.Mail;

/// <summary>
/// A real SMTP server on 127.0.0.1 (the SmtpServer package) that keeps every message it accepts, parsed
/// with MimeKit. <see cref="StopAsync"/> plays an outage (connections are refused); <see cref="StartAsync"/>
/// brings it back on the same port.
/// </summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private SmtpServer.SmtpServer? _server;

    private TestSmtpServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>Gets every message accepted so far, in order of arrival.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _received];

    /// <summary>Gets the settings that point Goen at this server (no TLS: it is loopback).</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Goen:Smtp:Host"] = "127.0.0.1",
        ["Goen:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Goen:Smtp:UseTls"] = "false",
        ["Goen:Smtp:From"] = "Goen Test <goen@test.example>",
    };

    public static async Task<TestSmtpServer> StartNewAsync()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var server = new TestSmtpServer(port);
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts listening (again) and returns once a client can connect.</summary>
    public async Task StartAsync()
    {
        Assert.Null(_server);
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_received));
        _server = new SmtpServer.SmtpServer(options, services);
        _ = _server.StartAsync(CancellationToken.None);
        for (var tries = 0; ; tries++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (tries < 100)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Stops listening: from now on connections are refused, as with the mail server down.</summary>
    public async Task StopAsync()
    {
        if (_server is { } server)
        {
            _server = null;
            server.Shutdown();
            await server.ShutdownTask;
        }
    }

    /// <summary>Waits (a minute at most) until messages with every given Message-ID have arrived.</summary>
    public async Task WaitForAsync(IReadOnlyCollection<string> messageIds)
    {
        for (var waited = 0; waited < 600; waited++)
        {
            var arrived = Received.Select(m => m.MessageId).ToHashSet();
            if (messageIds.All(arrived.Contains))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{messageIds.Count(id => !Received.Any(m => m.MessageId == id))} of {messageIds.Count} messages did not arrive within a minute.");
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
