namespace Incidents.Api.PublicStatus.Models;

/// <summary>Display names ("Major Outage") to CSS classes; colour always comes with the words.</summary>
public static class StatusCss
{
    public static string For(string? status) =>
        status switch
        {
            null => "s-none",
            "Operational" or "All Systems Operational" => "s-ok",
            "Degraded Performance" => "s-degraded",
            "Partial Outage" => "s-partial",
            "Major Outage" => "s-major",
            "Under Maintenance" => "s-maintenance",
            "Resolved" => "s-ok",
            _ => "s-info",
        };
}
