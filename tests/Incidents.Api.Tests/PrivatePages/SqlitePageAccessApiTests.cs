namespace Incidents.Api.Tests.PrivatePages;

public sealed class SqlitePageAccessApiTests(SqlitePrivatePagesFixture fixture)
    : PageAccessApiTests(fixture),
        IClassFixture<SqlitePrivatePagesFixture>;
