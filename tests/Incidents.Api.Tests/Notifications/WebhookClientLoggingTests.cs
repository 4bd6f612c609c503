using Incidents.Api.Tests.Infrastructure;
using Incidents.Infrastructure.Notifications;
using Incidents.Infrastructure.Notifications.Channels.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// The webhook client writes no per-request logs: IHttpClientFactory's handlers log four
/// Information lines per request, 40,000 for one incident to 10,000 webhooks (issue 16). Each
/// outcome is on its delivery and in the metrics instead.
/// </summary>
public sealed class WebhookClientLoggingTests
{
    [Fact]
    public async Task WebhookRequests_WriteNoHttpClientLogs_EvenAtTrace()
    {
        var logged = new CollectingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logged));
        services.AddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddNotifications(
            new ConfigurationBuilder()
                .AddInMemoryCollection(
                    new Dictionary<string, string?>
                    {
                        ["Notifications:Workers:Enabled"] = "false",
                        ["Notifications:Webhooks:AllowPrivateNetworks"] = "true",
                    }
                )
                .Build()
        );
        await using var provider = services.BuildServiceProvider();
        var client = provider
            .GetRequiredService<IHttpClientFactory>()
            .CreateClient(WebhookChannel.ClientName);

        // Nothing listens on port 1: the request fails fast, after the handlers would have logged.
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:1/hook");
        request.Options.Set(WebhookChannel.ReceiverKey, "receiver");
        await Assert.ThrowsAnyAsync<Exception>(() =>
            client.SendAsync(request, TestContext.Current.CancellationToken)
        );

        Assert.DoesNotContain(
            logged.Entries,
            e => e.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal)
        );
    }
}
