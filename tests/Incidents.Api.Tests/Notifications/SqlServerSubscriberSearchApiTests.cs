using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

public sealed class SqlServerSubscriberSearchApiTests(SqlServerApiFactory factory)
    : SubscriberSearchApiTests(factory),
        IClassFixture<SqlServerApiFactory>;
