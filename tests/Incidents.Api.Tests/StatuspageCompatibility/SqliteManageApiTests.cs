using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.StatuspageCompatibility;

public sealed class SqliteManageApiTests(StatusPageApiFactory factory)
    : ManageApiTests(factory),
        IClassFixture<StatusPageApiFactory>;
