using Incidents.Api.Tests.Infrastructure;
using Npgsql;

namespace Incidents.Api.Tests.Hardening.Infrastructure;

/// <summary>
/// The service on a fresh PostgreSQL database reached only through <see cref="Proxy"/>, which a
/// test cuts and restores. Short timeouts keep the outage answers quick.
/// </summary>
public sealed class ProxiedPostgreSqlApiFactory : PostgreSqlApiFactory
{
    private TcpProxy? _proxy;

    public TcpProxy Proxy =>
        _proxy ?? throw new InvalidOperationException("PostgreSQL is not configured.");

    /// <summary>Straight to the server, for assertions that must not depend on the proxy.</summary>
    public string DirectConnectionString { get; private set; } = string.Empty;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        if (SkipReason is not null)
        {
            return;
        }

        DirectConnectionString = ConnectionString;
        var direct = new NpgsqlConnectionStringBuilder(ConnectionString);
        _proxy = TcpProxy.Start(direct.Host ?? "127.0.0.1", direct.Port);
        ConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString)
        {
            Host = "127.0.0.1",
            Port = _proxy.Port,
            Timeout = 3,
            CommandTimeout = 5,
        }.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
    }
}
