using System.Text.Json;

namespace Incidents.Api.Tests.StatuspageCompatibility;

/// <summary>
/// The key set of every kind of object in a v2 answer (page, status, component, group, incident,
/// maintenance, update, affected component), for comparing ours with real answers.
/// </summary>
public static class StatuspageKeySets
{
    public static Dictionary<string, SortedSet<string>> Collect(params string[] answers)
    {
        var kinds = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            using var document = JsonDocument.Parse(answer);
            var root = document.RootElement;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "page":
                        Add(kinds, "page", property.Value);
                        break;
                    case "status":
                        Add(kinds, "status", property.Value);
                        break;
                    case "components":
                        Components(kinds, property.Value);
                        break;
                    case "incidents":
                        foreach (var incident in property.Value.EnumerateArray())
                        {
                            Incident(kinds, incident, "incident");
                        }

                        break;
                    case "incident":
                        Incident(
                            kinds,
                            property.Value,
                            property.Value.TryGetProperty("scheduled_for", out _)
                                ? "maintenance"
                                : "incident"
                        );
                        break;
                    case "scheduled_maintenances":
                        foreach (var maintenance in property.Value.EnumerateArray())
                        {
                            Incident(kinds, maintenance, "maintenance");
                        }

                        break;
                    default:
                        Add(kinds, "root:" + property.Name, property.Value);
                        break;
                }
            }
        }

        return kinds;
    }

    private static void Components(Dictionary<string, SortedSet<string>> kinds, JsonElement list)
    {
        foreach (var component in list.EnumerateArray())
        {
            Add(
                kinds,
                component.GetProperty("group").GetBoolean() ? "group" : "component",
                component
            );
        }
    }

    private static void Incident(
        Dictionary<string, SortedSet<string>> kinds,
        JsonElement incident,
        string kind
    )
    {
        Add(kinds, kind, incident);
        Components(kinds, incident.GetProperty("components"));
        foreach (var update in incident.GetProperty("incident_updates").EnumerateArray())
        {
            Add(kinds, "update", update);
            if (update.GetProperty("affected_components").ValueKind == JsonValueKind.Array)
            {
                foreach (var affected in update.GetProperty("affected_components").EnumerateArray())
                {
                    Add(kinds, "affected component", affected);
                }
            }
        }
    }

    private static void Add(
        Dictionary<string, SortedSet<string>> kinds,
        string kind,
        JsonElement element
    )
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (!kinds.TryGetValue(kind, out var keys))
        {
            kinds[kind] = keys = new SortedSet<string>(StringComparer.Ordinal);
        }

        foreach (var property in element.EnumerateObject())
        {
            keys.Add(property.Name);
        }
    }
}
