using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Incidents.Api.Tests.ScaleOut;

/// <summary>One instance of the service on real Kestrel against a shared PostgreSQL database and Redis.</summary>
public sealed class KestrelInstanceFactory : IncidentsApiFactory
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public KestrelInstanceFactory(
        string connectionString,
        IReadOnlyDictionary<string, string?> settings
    )
    {
        ConnectionString = connectionString;
        _settings = settings;
        ServeOverTcp();
    }

    public override string ProviderName => "PostgreSql";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
