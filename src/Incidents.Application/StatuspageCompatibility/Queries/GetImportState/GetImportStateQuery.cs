using Mediator;

namespace Incidents.Application.StatuspageCompatibility.Queries.GetImportState;

/// <summary>What an import finds already on the caller's page: its components, and the ExternalIds (with <paramref name="Prefix"/>) of its incidents.</summary>
public sealed record GetImportStateQuery(string Prefix) : IQuery<ImportState>;
