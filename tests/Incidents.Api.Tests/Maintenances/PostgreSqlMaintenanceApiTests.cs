using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Maintenances;

public sealed class PostgreSqlMaintenanceApiTests(PostgreSqlApiFactory factory)
    : MaintenanceApiTests(factory),
        IClassFixture<PostgreSqlApiFactory>;
