namespace Incidents.Api.Cli;

/// <summary>
/// <c>dotnet Incidents.Api.dll healthcheck</c>: the container's HEALTHCHECK (the runtime image has
/// no curl). Asks the running instance for /health/ready; exit 0 when ready. Touches no database.
/// </summary>
internal static class HealthCheckProbe
{
    public static bool IsProbeInvocation(string[] args) => args is ["healthcheck", ..];

    public static async Task<int> RunAsync()
    {
        var port = (Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "8080").Split(
            ';',
            ','
        )[0];
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(
                new Uri($"http://127.0.0.1:{port}/health/ready")
            );
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"unhealthy: {e.Message}");
            return 1;
        }
    }
}
