using System.Text.Json;

namespace Incidents.Api.Models.Import;

public sealed class StatuspageImportModel
{
    /// <summary>
    /// The exported page's components: the answer of Statuspage's public <c>/api/v2/components.json</c>
    /// (or <c>summary.json</c>) as it came, or of the Manage API's <c>GET /v1/pages/{id}/components</c>.
    /// </summary>
    public JsonElement? Components { get; set; }

    /// <summary>
    /// The exported page's incidents: the answer of <c>/api/v2/incidents.json</c> as it came, or of the
    /// Manage API's <c>GET /v1/pages/{id}/incidents</c>. Components named in incidents are imported too.
    /// </summary>
    public JsonElement? Incidents { get; set; }
}
