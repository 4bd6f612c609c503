namespace Incidents.Application.Audit.Common;

/// <summary>
/// A command whose handler writes its own audit entries — because its actor may be the CLI or its
/// entry belongs on other pages than the caller's (people management, ADR 0145) —, so the
/// <see cref="AuditBehaviour{TMessage, TResponse}"/> does not write a second one.
/// </summary>
public interface IAuditedByHandler;
