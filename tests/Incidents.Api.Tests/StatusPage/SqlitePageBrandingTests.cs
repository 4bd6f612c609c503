namespace Incidents.Api.Tests.StatusPage;

public sealed class SqlitePageBrandingTests(StatusPageApiFactory factory)
    : PageBrandingTests(factory),
        IClassFixture<StatusPageApiFactory>;
