using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Templates;

public sealed class SqliteTemplateApiTests(SqliteApiFactory factory)
    : TemplateApiTests(factory),
        IClassFixture<SqliteApiFactory>;
