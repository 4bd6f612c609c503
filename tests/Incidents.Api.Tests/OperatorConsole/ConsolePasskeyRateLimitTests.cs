using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>A passkey sign-in and a password sign-in draw on the same per-address allowance.</summary>
public sealed class ConsolePasskeyRateLimitTests(ConsolePasskeyRateLimitTests.Factory factory)
    : IClassFixture<ConsolePasskeyRateLimitTests.Factory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PasskeyAndPasswordSignIns_ShareOneLimit()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        // Two attempts (one of each kind) use the burst of two; both are answered (400: no token).
        Assert.Equal(400, (int)(await PostAsync(client, "/admin/signin/passkey")).StatusCode);
        Assert.Equal(400, (int)(await PostAsync(client, "/admin/signin")).StatusCode);

        Assert.Equal(429, (int)(await PostAsync(client, "/admin/signin/passkey")).StatusCode);
        Assert.Equal(429, (int)(await PostAsync(client, "/admin/signin")).StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path) =>
        client.PostAsync(path, new FormUrlEncodedContent([new("CredentialJson", "{}")]), Ct);

    public sealed class Factory : SqliteApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Console:SignInPermitsPerMinute", "1");
            builder.UseSetting("Console:SignInBurst", "2");
        }
    }
}
