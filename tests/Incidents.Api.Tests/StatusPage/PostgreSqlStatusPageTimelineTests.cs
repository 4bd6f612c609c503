namespace Incidents.Api.Tests.StatusPage;

public sealed class PostgreSqlStatusPageTimelineTests(PostgreSqlStatusPageApiFactory factory)
    : StatusPageTimelineTests(factory),
        IClassFixture<PostgreSqlStatusPageApiFactory>;
