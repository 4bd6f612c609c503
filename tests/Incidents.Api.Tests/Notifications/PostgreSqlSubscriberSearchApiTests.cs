using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

public sealed class PostgreSqlSubscriberSearchApiTests(PostgreSqlApiFactory factory)
    : SubscriberSearchApiTests(factory),
        IClassFixture<PostgreSqlApiFactory>;
