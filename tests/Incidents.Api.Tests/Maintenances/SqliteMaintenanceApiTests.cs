using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Maintenances;

public sealed class SqliteMaintenanceApiTests(SqliteApiFactory factory)
    : MaintenanceApiTests(factory),
        IClassFixture<SqliteApiFactory>;
