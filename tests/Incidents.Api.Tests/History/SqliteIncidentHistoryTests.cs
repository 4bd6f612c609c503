using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.History;

public sealed class SqliteIncidentHistoryTests(StatusPageApiFactory factory)
    : IncidentHistoryTests(factory),
        IClassFixture<StatusPageApiFactory>;
