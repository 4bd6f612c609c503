using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.StatuspageCompatibility;

public sealed class PostgreSqlStatuspageV2Tests(PostgreSqlStatusPageApiFactory factory)
    : StatuspageV2Tests(factory),
        IClassFixture<PostgreSqlStatusPageApiFactory>;
