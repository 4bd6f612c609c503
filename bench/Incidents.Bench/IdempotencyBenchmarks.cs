using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Incidents.Bench;

/// <summary>
/// What an Idempotency-Key costs on a create (claim + store the answer), and what a replay costs,
/// against the same create without a key, in one run on one database.
/// </summary>
[MemoryDiagnoser]
public class IdempotencyBenchmarks
{
    private const string Key = "bench-bootstrap-key-0123456789";
    private const string Body =
        """{"Title":"Bench","Description":"Benchmark incident.","Impact":"Partial Outage"}""";

    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "incidents-bench",
        Guid.NewGuid().ToString("N")
    );
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
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
                postgres ?? $"Data Source={Path.Combine(_folder, "bench.db")}"
            );
            b.UseSetting("Auth:BootstrapApiKey", Key);
            b.UseSetting("RateLimiting:PermitsPerMinute", "100000000");
            b.UseSetting("RateLimiting:Burst", "100000000");
            b.UseSetting("Logging:LogLevel:Default", "Error");
        });
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add("X-API-KEY", Key);
        Send(null).GetAwaiter().GetResult();
        Send("replayed").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<int> CreateWithoutKey() => Send(null);

    [Benchmark]
    public Task<int> CreateWithNewKey() => Send(Guid.NewGuid().ToString("N"));

    [Benchmark]
    public Task<int> ReplayOfStoredAnswer() => Send("replayed");

    private async Task<int> Send(string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/Incident")
        {
            Content = new StringContent(Body, Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await _client.SendAsync(request);
        return response.IsSuccessStatusCode
            ? (int)response.StatusCode
            : throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
    }
}
