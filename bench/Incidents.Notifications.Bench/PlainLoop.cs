namespace Incidents.Notifications.Bench;

/// <summary>
/// The baseline every fan-out figure is a ratio of: a plain <see cref="HttpClient"/> POSTing the
/// same body to each of the sink's URLs once, with the same number of requests in flight, timed
/// until the sink has them all.
/// </summary>
internal static class PlainLoop
{
    /// <summary>The seconds it took.</summary>
    public static Task<double> RunAsync(
        HttpClient http,
        Sink sink,
        string body,
        int count,
        int concurrency
    ) =>
        sink.TimeSendsAsync(
            count,
            concurrency,
            async (i, ct) =>
            {
                using var content = new StringContent(
                    body,
                    System.Text.Encoding.UTF8,
                    "application/json"
                );
                using var response = await http.PostAsync(sink.Url(i), content, ct);
                response.EnsureSuccessStatusCode();
            }
        );
}
