using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Admin;

public sealed class PostgreSqlLongTimelineTests(PostgreSqlApiFactory factory)
    : LongTimelineTests(factory),
        IClassFixture<PostgreSqlApiFactory>;
