using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Admin;

public sealed class SqliteLongTimelineTests(SqliteApiFactory factory)
    : LongTimelineTests(factory),
        IClassFixture<SqliteApiFactory>;
