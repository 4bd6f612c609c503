namespace Incidents.Api.Tests.StatusPage;

public sealed class SqliteStatusPageTimelineTests(StatusPageApiFactory factory)
    : StatusPageTimelineTests(factory),
        IClassFixture<StatusPageApiFactory>;
