namespace Incidents.Api.Tests.StatusPage;

public sealed class PostgreSqlPageBrandingTests(PostgreSqlStatusPageApiFactory factory)
    : PageBrandingTests(factory),
        IClassFixture<PostgreSqlStatusPageApiFactory>;
