using Testcontainers.MsSql;

namespace Incidents.Api.Tests.Infrastructure;

/// <summary>SQL Server 2022 in a Testcontainers container, where a Docker engine exists.</summary>
public sealed class SqlServerApiFactory : IncidentsApiFactory
{
    private MsSqlContainer? _container;

    public override string ProviderName => "SqlServer";

    public override async ValueTask InitializeAsync()
    {
        if (!TestServers.DockerAvailable)
        {
            SkipReason = TestServers.DockerMissingReason;
            return;
        }

        _container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        await _container.StartAsync();
        ConnectionString = _container.GetConnectionString();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
