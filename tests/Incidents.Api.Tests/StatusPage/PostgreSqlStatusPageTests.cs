namespace Incidents.Api.Tests.StatusPage;

public sealed class PostgreSqlStatusPageTests(PostgreSqlStatusPageApiFactory factory)
    : StatusPageTests(factory),
        IClassFixture<PostgreSqlStatusPageApiFactory>;
