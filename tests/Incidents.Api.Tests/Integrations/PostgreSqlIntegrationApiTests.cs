using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Integrations;

public sealed class PostgreSqlIntegrationApiTests(PostgreSqlApiFactory factory)
    : IntegrationApiTests(factory),
        IClassFixture<PostgreSqlApiFactory>;
