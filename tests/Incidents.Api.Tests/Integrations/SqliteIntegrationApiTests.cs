using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Integrations;

public sealed class SqliteIntegrationApiTests(SqliteApiFactory factory)
    : IntegrationApiTests(factory),
        IClassFixture<SqliteApiFactory>;
