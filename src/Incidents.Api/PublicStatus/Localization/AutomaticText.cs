using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;
using Incidents.Infrastructure.Text;
using Microsoft.Extensions.Localization;

namespace Incidents.Api.PublicStatus.Localization;

/// <summary>
/// Timeline entries the service writes by itself (a resolution without text, a maintenance that
/// starts, completes or is cancelled on its own) are the page's text, so they are translated like it.
/// </summary>
public static class AutomaticText
{
    private static readonly HashSet<string> Known =
    [
        Incident.DefaultResolutionDescription,
        Maintenance.StartedDescription,
        Maintenance.CompletedDescription,
        Maintenance.CancelledDescription,
    ];

    public static string Localize(string description, IStringLocalizer<PageText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Known.Contains(description) ? text[description] : description;
    }
}
