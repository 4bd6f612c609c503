using System.Net;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Incidents.Bench;

/// <summary>
/// Where a create's time and allocations go, in process (issue 16): the seed's create against the
/// requests that share parts of its path — the health probe (hosting and the middleware only),
/// a create that validation refuses (authentication, MVC, model binding, validation, the error
/// envelope; no database), and a read of one incident (the same front, one query). The workers
/// are off, so a create's fan-out pass does not land in its neighbours' figures.
/// </summary>
[MemoryDiagnoser]
public class CreatePathBenchmarks
{
    private const string Body = """
        {"Title":"Database Connectivity Issues","Description":"We are investigating reports of database timeouts.","Status":"Investigating","Impact":"Major Outage","AffectedComponents":[],"IsNotify":false}
        """;
    private const string Refused = """
        {"Title":"","Description":"We are investigating reports of database timeouts.","Status":"Investigating","Impact":"Major Outage","AffectedComponents":[],"IsNotify":false}
        """;

    private BenchService _service = null!;
    private HttpClient _client = null!;
    private string _incident = null!;

    [GlobalSetup]
    public void Setup()
    {
        _service = new BenchService(("Notifications:Workers:Enabled", "false"));
        _client = _service.Client;
        using var created = _client
            .PostAsync("/api/admin/Incident", Json(Body))
            .GetAwaiter()
            .GetResult();
        using var answer = JsonDocument.Parse(
            created.Content.ReadAsStringAsync().GetAwaiter().GetResult()
        );
        _incident = answer.RootElement.GetProperty("Result").ToString();
    }

    [GlobalCleanup]
    public void Cleanup() => _service.Dispose();

    [Benchmark(Baseline = true)]
    public Task<int> Health() => Send(HttpMethod.Get, "/health/live", null, HttpStatusCode.OK);

    [Benchmark]
    public Task<int> RefusedCreate() =>
        Send(HttpMethod.Post, "/api/admin/Incident", Refused, HttpStatusCode.BadRequest);

    [Benchmark]
    public Task<int> GetIncident() =>
        Send(HttpMethod.Get, "/api/admin/Incident/" + _incident, null, HttpStatusCode.OK);

    [Benchmark]
    public Task<int> Create() =>
        Send(HttpMethod.Post, "/api/admin/Incident", Body, HttpStatusCode.OK);

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<int> Send(
        HttpMethod method,
        string path,
        string? body,
        HttpStatusCode expected
    )
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = Json(body);
        }

        using var response = await _client.SendAsync(request);
        await response.Content.CopyToAsync(Stream.Null);
        return response.StatusCode == expected
            ? (int)response.StatusCode
            : throw new InvalidOperationException($"{method} {path}: {response.StatusCode}");
    }
}
