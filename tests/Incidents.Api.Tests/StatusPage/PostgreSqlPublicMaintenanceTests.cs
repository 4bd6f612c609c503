namespace Incidents.Api.Tests.StatusPage;

public sealed class PostgreSqlPublicMaintenanceTests(PostgreSqlStatusPageApiFactory factory)
    : PublicMaintenanceTests(factory),
        IClassFixture<PostgreSqlStatusPageApiFactory>;
