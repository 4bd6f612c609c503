using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

public sealed class PostgreSqlWebhookDeliveryTests(PostgreSqlNotificationsFixture fixture)
    : WebhookDeliveryTests<PostgreSqlApiFactory>(fixture),
        IClassFixture<PostgreSqlNotificationsFixture>;
