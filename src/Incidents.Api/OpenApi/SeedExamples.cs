using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Incidents.Api.OpenApi;

/// <summary>The vendor document's examples, word for word, on the operations it describes.</summary>
internal static class SeedExamples
{
    private const string ComponentId = "3fa85f64-5717-4562-b3fc-2c963f66afa0";
    private const string IncidentId = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private static readonly Dictionary<string, (string? Request, string Response)> ByOperation =
        new(StringComparer.Ordinal)
        {
            ["CreateIncident"] = (
                $$"""
                {"Title": "Database Connectivity Issues", "Description": "We are investigating reports of database timeouts.", "Status": "Investigating", "Impact": "Major Outage", "AffectedComponents": ["{{ComponentId}}"], "IsNotify": true}
                """,
                $$"""
                {"Success": true, "Result": "{{IncidentId}}", "Message": "Incident created successfully"}
                """
            ),
            ["UpdateIncident"] = (
                $$"""
                {"IncidentId": "{{IncidentId}}", "Description": "We have identified the root cause and are applying a fix.", "Status": "Identified"}
                """,
                """
                {"Success": true, "Message": "Incident updated successfully"}
                """
            ),
            ["ResolveIncident"] = (
                $$"""
                {"IncidentId": "{{IncidentId}}"}
                """,
                """
                {"Success": true, "Message": "Incident resolved successfully"}
                """
            ),
            ["CreateComponent"] = (
                """
                {"Name": "Database", "Group": "Backend"}
                """,
                $$"""
                {"Success": true, "Result": "{{ComponentId}}", "Message": "Component created successfully"}
                """
            ),
        };

    public static void Apply(string operationId, OpenApiOperation operation)
    {
        if (!ByOperation.TryGetValue(operationId, out var example))
        {
            return;
        }

        if (
            example.Request is not null
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var request)
                == true
        )
        {
            request.Example = JsonNode.Parse(example.Request);
        }

        if (operation.Responses?.TryGetValue("200", out var ok) == true)
        {
            foreach (var media in ok.Content?.Values ?? [])
            {
                media.Example = JsonNode.Parse(example.Response);
            }
        }
    }
}
