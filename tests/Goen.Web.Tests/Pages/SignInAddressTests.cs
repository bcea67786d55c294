using System.Net;
using System.Net.Sockets;
using Goen.Data;

namespace Goen.Web.Tests.Pages;

/// <summary>
/// Sign-in limits by client address, on a real Kestrel port with clients bound to different loopback addresses
/// (127.0.0.2, 127.0.0.3): a stranger's wrong guesses never keep the owner out, and a forged X-Forwarded-For
/// changes nobody's address unless its sender is a configured proxy.
/// </summary>
public sealed class SignInAddressTests : IAsyncLifetime
{
    private readonly GoenWebFactory _app = new(DatabaseProvider.Sqlite, kestrel: true, new Dictionary<string, string?> { ["Goen:SignInAttemptsPerMinute"] = "10" });

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task StrangersWrongPasswords_FromAnotherAddress_NeverKeepTheOwnerOut()
    {
        using var owner = From("127.0.0.3");
        await owner.SignUpAsync("Owner");
        (await owner.SubmitAsync(await owner.GetAsync("/Events"), "form[action='/Account/SignOut']", [])).Dispose();
        using var stranger = From("127.0.0.2");

        for (var i = 0; i < 6; i++)
        {
            (await SignInAsync(stranger, owner.Email, $"guess {i} of a stranger")).Dispose();
        }

        using var strangerRight = await SignInAsync(stranger, owner.Email, owner.Password);
        using var ownerRight = await SignInAsync(owner, owner.Email, owner.Password);

        Assert.Equal(HttpStatusCode.OK, strangerRight.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, ownerRight.StatusCode);
    }

    [Fact]
    public async Task ForwardedFor_FromAClientThatIsNoProxy_IsIgnoredByTheLimit()
    {
        using var client = From("127.0.0.4");
        var statuses = new List<HttpStatusCode>();

        // Eleven sign-in posts, each claiming another address: the limit of 10 a minute counts the real one.
        for (var i = 0; i < 11; i++)
        {
            client.Client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.Client.DefaultRequestHeaders.Add("X-Forwarded-For", $"10.0.0.{i + 1}");
            using var response = await SignInAsync(client, $"someone{i}@example.test", "not the password at all");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    private static async Task<HttpResponseMessage> SignInAsync(Visitor visitor, string email, string password)
    {
        var page = await visitor.GetAsync("/Account/SignIn");
        return await visitor.SubmitAsync(page, "[data-test=sign-in-form]", new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>A visitor whose connections come from one loopback address.</summary>
    private Visitor From(string source)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new Visitor(new HttpClient(handler) { BaseAddress = _app.ServerAddress }, (email, kind) => Mailbox.LinkAsync(_app, email, kind));
    }
}
