using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Templates;

public sealed class PostgreSqlTemplateApiTests(PostgreSqlApiFactory factory)
    : TemplateApiTests(factory),
        IClassFixture<PostgreSqlApiFactory>;
