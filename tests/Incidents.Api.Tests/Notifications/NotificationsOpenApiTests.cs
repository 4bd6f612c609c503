using System.Net;
using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

/// <summary>The new endpoints appear in the OpenAPI document (subscribe as its JSON operation: the form variant is the status page's own).</summary>
public sealed class NotificationsOpenApiTests(SqliteApiFactory factory)
    : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task OpenApiDocument_ListsSubscriberDeliveryAndPublicSubscriptionRoutes()
    {
        using var response = await factory
            .CreateClient()
            .GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        var document = await response.Content.ReadAsStringAsync(
            TestContext.Current.CancellationToken
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "/api/admin/Subscriber/{id}/RotateSecret",
            document,
            StringComparison.Ordinal
        );
        Assert.Contains("/api/admin/Delivery/{id}/Retry", document, StringComparison.Ordinal);
        Assert.Contains("/api/public/{pageSlug}/subscribe", document, StringComparison.Ordinal);
        Assert.Contains("\"operationId\": \"Subscribe\"", document, StringComparison.Ordinal);
        Assert.DoesNotContain(
            "application/x-www-form-urlencoded",
            document,
            StringComparison.Ordinal
        );
    }
}
