using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

public sealed class SqliteIncidentFollowerTests(SqliteNotificationsFixture fixture)
    : IncidentFollowerTests<SqliteApiFactory>(fixture),
        IClassFixture<SqliteNotificationsFixture>;
