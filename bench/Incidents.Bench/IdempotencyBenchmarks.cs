using System.Text;
using BenchmarkDotNet.Attributes;

namespace Incidents.Bench;

/// <summary>
/// What an Idempotency-Key costs on a create (claim + store the answer), and what a replay costs,
/// against the same create without a key, in one run on one database.
/// </summary>
[MemoryDiagnoser]
public class IdempotencyBenchmarks
{
    private const string Body =
        """{"Title":"Bench","Description":"Benchmark incident.","Impact":"Partial Outage"}""";

    private BenchService _service = null!;
    private HttpClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        _service = new BenchService();
        _client = _service.Client;
        Send(null).GetAwaiter().GetResult();
        Send("replayed").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _service.Dispose();

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
