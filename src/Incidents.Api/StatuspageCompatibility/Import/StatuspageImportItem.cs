namespace Incidents.Api.StatuspageCompatibility.Import;

/// <summary>One thing the import met: a component, a group or an incident of the exported page.</summary>
/// <param name="Kind">Component, Group or Incident.</param>
/// <param name="OriginalId">Its id on Statuspage (a group's name when it has none).</param>
/// <param name="Id">Ours: the one created or the one it matched; null when refused.</param>
/// <param name="Reason">Why it was skipped or refused; a note on a created incident (e.g. left-out postmortem updates).</param>
public sealed record StatuspageImportItem(
    string Kind,
    string OriginalId,
    string Name,
    Guid? Id,
    string? Reason
);
