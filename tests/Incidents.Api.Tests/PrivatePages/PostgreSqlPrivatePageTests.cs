namespace Incidents.Api.Tests.PrivatePages;

public sealed class PostgreSqlPrivatePageTests(PostgreSqlPrivatePagesFixture fixture)
    : PrivatePageTests(fixture),
        IClassFixture<PostgreSqlPrivatePagesFixture>;
