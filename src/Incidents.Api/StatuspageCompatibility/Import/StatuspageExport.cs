using System.Globalization;
using System.Text.Json;
using Incidents.Application.Common.Exceptions;

namespace Incidents.Api.StatuspageCompatibility.Import;

/// <summary>
/// A Statuspage export, read whole before anything is written (so malformed input writes
/// nothing): the public v2 answers (<c>components.json</c>, <c>incidents.json</c>,
/// <c>summary.json</c> — an object with <c>components</c>/<c>incidents</c>) or the Manage API's
/// lists (a bare array). Components found only inside incidents are components too.
/// </summary>
public sealed class StatuspageExport
{
    public List<ExportedComponent> Components { get; } = [];

    public List<ExportedIncident> Incidents { get; } = [];

    public static StatuspageExport Read(JsonElement? components, JsonElement? incidents)
    {
        var export = new StatuspageExport();
        if (components is { } c)
        {
            foreach (var entry in List(c, "components", "Components"))
            {
                export.AddComponent(entry, "Components");
            }
        }

        if (incidents is { } i)
        {
            var index = 0;
            foreach (var entry in List(i, "incidents", "Incidents"))
            {
                index++;
                export.Incidents.Add(ReadIncident(entry, $"Incidents: entry {index}", export));
            }

            if (
                i.ValueKind == JsonValueKind.Object
                && i.TryGetProperty("scheduled_maintenances", out var maintenances)
                && maintenances.ValueKind == JsonValueKind.Array
            )
            {
                foreach (var entry in maintenances.EnumerateArray())
                {
                    index++;
                    export.Incidents.Add(ReadIncident(entry, $"Incidents: entry {index}", export));
                }
            }
        }

        return export;
    }

    private static List<JsonElement> List(JsonElement root, string key, string what) =>
        root.ValueKind switch
        {
            JsonValueKind.Array => [.. root.EnumerateArray()],
            JsonValueKind.Object
                when root.TryGetProperty(key, out var list)
                    && list.ValueKind == JsonValueKind.Array => [.. list.EnumerateArray()],
            JsonValueKind.Object => [],
            _ => throw new InvalidRequestException(
                $"{what} must be Statuspage's {key}.json (an object with \"{key}\") or the Manage API's list (an array)."
            ),
        };

    private void AddComponent(JsonElement entry, string where)
    {
        var component = ReadComponent(entry, where);
        if (Components.TrueForAll(c => c.Id != component.Id))
        {
            Components.Add(component);
        }
    }

    private static ExportedComponent ReadComponent(JsonElement entry, string where)
    {
        var id = RequiredString(entry, "id", where);
        where = $"{where}: component {id}";
        return new ExportedComponent(
            id,
            RequiredString(entry, "name", where),
            OptionalString(entry, "description", where),
            OptionalString(entry, "group_id", where),
            entry.TryGetProperty("group", out var group) && group.ValueKind == JsonValueKind.True
        );
    }

    private static ExportedIncident ReadIncident(
        JsonElement entry,
        string where,
        StatuspageExport export
    )
    {
        var id = RequiredString(entry, "id", where);
        where = $"Incident {id}";
        var updates = new List<ExportedUpdate>();
        if (entry.TryGetProperty("incident_updates", out var list))
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidRequestException($"{where}: incident_updates must be a list.");
            }

            foreach (var update in list.EnumerateArray())
            {
                var updateWhere = $"{where}: update {OptionalString(update, "id", where)}";
                updates.Add(
                    new ExportedUpdate(
                        RequiredString(update, "status", updateWhere),
                        OptionalString(update, "body", updateWhere),
                        OptionalTime(update, "display_at", updateWhere)
                            ?? RequiredTime(update, "created_at", updateWhere)
                    )
                );
            }
        }

        var affected = new List<string>();
        if (
            entry.TryGetProperty("components", out var components)
            && components.ValueKind == JsonValueKind.Array
        )
        {
            foreach (var component in components.EnumerateArray())
            {
                // Whole component objects (v2, Manage API) create missing components too.
                if (component.ValueKind == JsonValueKind.Object)
                {
                    export.AddComponent(component, where);
                    affected.Add(RequiredString(component, "id", where));
                }
                else if (component.ValueKind == JsonValueKind.String)
                {
                    affected.Add(component.GetString()!);
                }
            }
        }

        return new ExportedIncident(
            id,
            RequiredString(entry, "name", where),
            RequiredString(entry, "status", where),
            OptionalString(entry, "impact", where),
            RequiredTime(entry, "created_at", where),
            OptionalTime(entry, "started_at", where),
            OptionalTime(entry, "resolved_at", where),
            OptionalTime(entry, "updated_at", where),
            OptionalString(entry, "scheduled_for", where) is not null,
            updates,
            affected
        );
    }

    private static string RequiredString(JsonElement entry, string name, string where) =>
        OptionalString(entry, name, where) is { Length: > 0 } value
            ? value
            : throw new InvalidRequestException($"{where}: {name} is required.");

    private static string? OptionalString(JsonElement entry, string name, string where)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestException($"{where}: each entry must be an object.");
        }

        return !entry.TryGetProperty(name, out var value)
            ? null
            : value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => throw new InvalidRequestException($"{where}: {name} must be a string."),
            };
    }

    private static DateTimeOffset RequiredTime(JsonElement entry, string name, string where) =>
        OptionalTime(entry, name, where)
        ?? throw new InvalidRequestException($"{where}: {name} is required.");

    private static DateTimeOffset? OptionalTime(JsonElement entry, string name, string where) =>
        OptionalString(entry, name, where) is not { } text ? null
        : DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out var time
        )
            ? time
        : throw new InvalidRequestException($"{where}: {name} must be an ISO 8601 time.");
}
