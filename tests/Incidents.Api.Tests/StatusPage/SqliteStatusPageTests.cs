namespace Incidents.Api.Tests.StatusPage;

public sealed class SqliteStatusPageTests(StatusPageApiFactory factory)
    : StatusPageTests(factory),
        IClassFixture<StatusPageApiFactory>;
