using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.History;

public sealed class PostgreSqlIncidentHistoryTests(PostgreSqlStatusPageApiFactory factory)
    : IncidentHistoryTests(factory),
        IClassFixture<PostgreSqlStatusPageApiFactory>;
