using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

public sealed class SqliteSubscriberSearchApiTests(SqliteApiFactory factory)
    : SubscriberSearchApiTests(factory),
        IClassFixture<SqliteApiFactory>;
