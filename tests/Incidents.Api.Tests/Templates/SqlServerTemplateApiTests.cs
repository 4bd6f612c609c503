using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Templates;

public sealed class SqlServerTemplateApiTests(SqlServerApiFactory factory)
    : TemplateApiTests(factory),
        IClassFixture<SqlServerApiFactory>;
