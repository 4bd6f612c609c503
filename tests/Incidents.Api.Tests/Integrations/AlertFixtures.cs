using System.Text.Json.Nodes;

namespace Incidents.Api.Tests.Integrations;

/// <summary>
/// Alert bodies: Alertmanager's were captured from Debian's Alertmanager 0.25 posting to a
/// loopback listener (amtool alert add, then --end); Grafana's firing body is the example of
/// Grafana's webhook documentation verbatim, its resolved body derived from it, and the test-button
/// alert assembled from its fields (sources in Fixtures/README.md).
/// </summary>
public static class AlertFixtures
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Integrations", "Fixtures", name));

    public static string AlertmanagerFiring => Read("alertmanager-0.25-firing.json");

    public static string AlertmanagerResolved => Read("alertmanager-0.25-resolved.json");

    public static string GrafanaFiring => Read("grafana-webhook-firing.json");

    public static string GrafanaResolved => Read("grafana-webhook-resolved.json");

    public static string GrafanaTest => Read("grafana-webhook-test.json");

    /// <summary>The fixture with some top-level fields replaced (e.g. another groupKey).</summary>
    public static string With(string json, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        change(node);
        return node.ToJsonString();
    }
}
