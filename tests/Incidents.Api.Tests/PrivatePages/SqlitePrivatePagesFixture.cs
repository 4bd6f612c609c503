using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.PrivatePages;

public sealed class SqlitePrivatePagesFixture : PrivatePagesFixture
{
    protected override FakeClockApiFactory CreateFactory() => new StatusPageApiFactory();
}
