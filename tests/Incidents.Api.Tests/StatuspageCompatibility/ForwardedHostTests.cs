using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Incidents.Api.Tests.StatuspageCompatibility;

/// <summary>Real Kestrel with ForwardedHeaders:Enabled: a trusted (loopback) proxy's X-Forwarded-Host picks the page.</summary>
public sealed class ForwardedHostTests(ForwardedHostTests.Factory factory)
    : IClassFixture<ForwardedHostTests.Factory>
{
    public sealed class Factory : SqliteApiFactory
    {
        public Factory() => ServeOverTcp();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ForwardedHeaders:Enabled", "true");
        }
    }

    [Fact]
    public async Task TrustedProxy_ForwardedHostServesThatPage()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await factory.CreatePageClientAsync();
        var host = $"status-{Guid.NewGuid():N}.example.test";
        await page.Http.PostJsonAsync("/api/admin/Page/Hostname", new { Hostname = host });
        await page.Http.CreateComponentAsync("Behind the proxy");
        using var client = factory.CreateTcpClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Host", host);
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request, ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Contains("Behind the proxy", html, StringComparison.Ordinal);
    }
}
