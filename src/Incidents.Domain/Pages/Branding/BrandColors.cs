namespace Incidents.Domain.Pages.Branding;

/// <summary>
/// The colours of one scheme (light or dark); a null colour keeps the default. <c>#rrggbb</c> once
/// stored. Status colours are used as text on the page and cards, as the bars, and as the banner's
/// background under <c>--on-status</c> text.
/// </summary>
public sealed record BrandColors(
    string? Accent = null,
    string? Operational = null,
    string? DegradedPerformance = null,
    string? PartialOutage = null,
    string? MajorOutage = null,
    string? UnderMaintenance = null
)
{
    public bool IsEmpty =>
        Accent is null
        && Operational is null
        && DegradedPerformance is null
        && PartialOutage is null
        && MajorOutage is null
        && UnderMaintenance is null;

    /// <summary>Each set colour with its name, in a fixed order.</summary>
    public IEnumerable<(string Name, string Colour)> Set()
    {
        (string, string?)[] all =
        [
            (nameof(Accent), Accent),
            (nameof(Operational), Operational),
            (nameof(DegradedPerformance), DegradedPerformance),
            (nameof(PartialOutage), PartialOutage),
            (nameof(MajorOutage), MajorOutage),
            (nameof(UnderMaintenance), UnderMaintenance),
        ];
        foreach (var (name, colour) in all)
        {
            if (colour is not null)
            {
                yield return (name, colour);
            }
        }
    }
}
