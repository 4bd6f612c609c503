namespace Incidents.Application.Audit.Common;

/// <summary>
/// A command result that can say the command changed nothing (e.g. a create answered with the
/// incident already open for its ExternalId). The audit trail records changes, so such an answer
/// writes no entry — as an Idempotency-Key replay writes none.
/// </summary>
public interface IMayChangeNothing
{
    bool ChangedNothing { get; }
}
