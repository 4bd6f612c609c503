using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

public sealed class SqliteWebhookDeliveryTests(SqliteNotificationsFixture fixture)
    : WebhookDeliveryTests<SqliteApiFactory>(fixture),
        IClassFixture<SqliteNotificationsFixture>;
