using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.PrivatePages;

public sealed class PostgreSqlPrivatePagesFixture : PrivatePagesFixture
{
    protected override FakeClockApiFactory CreateFactory() => new PostgreSqlStatusPageApiFactory();
}
