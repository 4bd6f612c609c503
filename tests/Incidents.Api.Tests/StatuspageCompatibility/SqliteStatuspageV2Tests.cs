using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.StatuspageCompatibility;

public sealed class SqliteStatuspageV2Tests(StatusPageApiFactory factory)
    : StatuspageV2Tests(factory),
        IClassFixture<StatusPageApiFactory>;
