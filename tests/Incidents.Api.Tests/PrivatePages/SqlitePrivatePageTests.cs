namespace Incidents.Api.Tests.PrivatePages;

public sealed class SqlitePrivatePageTests(SqlitePrivatePagesFixture fixture)
    : PrivatePageTests(fixture),
        IClassFixture<SqlitePrivatePagesFixture>;
