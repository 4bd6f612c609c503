namespace Incidents.Application.Audit.Common;

/// <summary>
/// A command result that carries what the change replaced or removed (e.g. a corrected update's
/// previous text, a deleted incident's title): the audit entry keeps it, since the data itself
/// no longer does.
/// </summary>
public interface IHasAuditDetails
{
    /// <summary>A small JSON document, or null.</summary>
    string? AuditDetails { get; }
}
