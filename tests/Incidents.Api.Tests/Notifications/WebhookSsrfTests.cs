using System.Net;
using Incidents.Infrastructure.Notifications.Channels.Webhooks;

namespace Incidents.Api.Tests.Notifications;

/// <summary>The connect-time guard against webhooks aimed at internal addresses, over real sockets.</summary>
public sealed class WebhookSsrfTests : IAsyncLifetime
{
    private WebhookSink _sink = null!;

    public async ValueTask InitializeAsync() => _sink = await WebhookSink.StartAsync();

    public async ValueTask DisposeAsync() => await _sink.DisposeAsync();

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.0.0.5", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("fd12:3456::1", "private")]
    [InlineData("169.254.10.20", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.254", "carrier-grade NAT")]
    [InlineData("::ffff:127.0.0.1", "IPv4-mapped")]
    [InlineData("::ffff:8.8.8.8", "IPv4-mapped")]
    [InlineData("169.254.169.254", "metadata")]
    [InlineData("fd00:ec2::254", "private")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("224.0.0.1", "multicast")]
    public void RefusalReason_ForInternalAddress_NamesTheClass(string address, string expected)
    {
        var reason = AddressPolicy.RefusalReason(IPAddress.Parse(address));

        Assert.NotNull(reason);
        Assert.Contains(expected, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")]
    public void RefusalReason_ForPublicAddress_IsNull(string address) =>
        Assert.Null(AddressPolicy.RefusalReason(IPAddress.Parse(address)));

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task Connect_ToLoopbackByNameOrAddress_IsRefusedAtConnectTime(string host)
    {
        using var client = new HttpClient(WebhookHttpHandler.Create(allowPrivateNetworks: false));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            client.PostAsync(
                $"http://{host}:{_sink.Port}/ssrf",
                new StringContent("{}"),
                TestContext.Current.CancellationToken
            )
        );

        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
        Assert.Empty(_sink.On("ssrf"));
    }

    [Fact]
    public async Task Connect_ToLoopback_WhenPrivateNetworksAllowed_Succeeds()
    {
        using var client = new HttpClient(WebhookHttpHandler.Create(allowPrivateNetworks: true));

        using var response = await client.PostAsync(
            $"http://localhost:{_sink.Port}/allowed",
            new StringContent("{}"),
            TestContext.Current.CancellationToken
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_sink.On("allowed"));
    }

    [Fact]
    public async Task Connect_WhenReceiverRedirects_DoesNotFollow()
    {
        using var client = new HttpClient(WebhookHttpHandler.Create(allowPrivateNetworks: true));
        _sink.Respond("hop", (_, _) => (302, _sink.Url("landing")));

        using var response = await client.PostAsync(
            $"{_sink.BaseUrl}/hop",
            new StringContent("{}"),
            TestContext.Current.CancellationToken
        );

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Empty(_sink.On("landing"));
    }
}
