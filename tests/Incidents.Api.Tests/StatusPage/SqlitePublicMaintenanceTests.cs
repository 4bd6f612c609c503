namespace Incidents.Api.Tests.StatusPage;

public sealed class SqlitePublicMaintenanceTests(StatusPageApiFactory factory)
    : PublicMaintenanceTests(factory),
        IClassFixture<StatusPageApiFactory>;
