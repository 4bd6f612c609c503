using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.StatuspageCompatibility;

public sealed class PostgreSqlStatuspageImportTests(PostgreSqlStatusPageApiFactory factory)
    : StatuspageImportTests(factory),
        IClassFixture<PostgreSqlStatusPageApiFactory>;
