namespace Incidents.Api.Tests.PrivatePages;

public sealed class PostgreSqlPageAccessApiTests(PostgreSqlPrivatePagesFixture fixture)
    : PageAccessApiTests(fixture),
        IClassFixture<PostgreSqlPrivatePagesFixture>;
