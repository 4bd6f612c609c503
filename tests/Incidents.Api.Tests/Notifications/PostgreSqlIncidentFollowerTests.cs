using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

public sealed class PostgreSqlIncidentFollowerTests(PostgreSqlNotificationsFixture fixture)
    : IncidentFollowerTests<PostgreSqlApiFactory>(fixture),
        IClassFixture<PostgreSqlNotificationsFixture>;
