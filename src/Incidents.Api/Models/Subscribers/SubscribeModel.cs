using Incidents.Api.OpenApi;

namespace Incidents.Api.Models.Subscribers;

/// <param name="Components">Component ids; empty = every component.</param>
/// <param name="IncidentId">Follow this unresolved incident only (Components are then ignored).</param>
/// <param name="Language">The language of the mails (en, de, fr, es, ja); the page's default language without it.</param>
/// <param name="UntilPostmortem">A follower stays until the incident's postmortem is published, not just until it resolves.</param>
public sealed record SubscribeModel(
    [ContractRequired] string? Email,
    IReadOnlyList<Guid>? Components,
    Guid? IncidentId = null,
    bool? UntilPostmortem = null,
    string? Language = null
);
