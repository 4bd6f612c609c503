using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Incidents.Bench;

/// <summary>
/// The service hosted in process for a benchmark class: SQLite in a temp folder, or the
/// PostgreSQL database named by INCIDENTS_BENCH_POSTGRES; rate limits lifted; a client that
/// sends the bootstrap key.
/// </summary>
public sealed class BenchService : IDisposable
{
    public const string Key = "bench-bootstrap-key-0123456789";

    private readonly WebApplicationFactory<Program> _factory;

    /// <param name="settings">Further configuration, e.g. ("Notifications:Workers:Enabled", "false").</param>
    public BenchService(params (string Key, string Value)[] settings)
    {
        var folder = Path.Combine(
            Path.GetTempPath(),
            "incidents-bench",
            Guid.NewGuid().ToString("N")
        );
        Directory.CreateDirectory(folder);
        // WebApplicationFactory looks for the service's folder beside a solution; run from bin.
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_INCIDENTS_API",
            AppContext.BaseDirectory
        );
        var postgres = Environment.GetEnvironmentVariable("INCIDENTS_BENCH_POSTGRES");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Provider", postgres is null ? "Sqlite" : "PostgreSql");
            b.UseSetting(
                "ConnectionStrings:Incidents",
                postgres ?? $"Data Source={Path.Combine(folder, "bench.db")}"
            );
            b.UseSetting("Auth:BootstrapApiKey", Key);
            b.UseSetting("RateLimiting:PermitsPerMinute", "100000000");
            b.UseSetting("RateLimiting:Burst", "100000000");
            b.UseSetting("Logging:LogLevel:Default", "Error");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
        Client = _factory.CreateClient();
        Client.DefaultRequestHeaders.Add("X-API-KEY", Key);
    }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
