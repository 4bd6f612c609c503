namespace Incidents.Api.StatuspageCompatibility.Import;

/// <summary>What an import did: created, skipped (already here) and refused (with the reason), in file order.</summary>
public sealed record StatuspageImportReport(
    IReadOnlyList<StatuspageImportItem> Created,
    IReadOnlyList<StatuspageImportItem> Skipped,
    IReadOnlyList<StatuspageImportItem> Refused
);
