namespace Incidents.Application.Audit.Common;

/// <summary>
/// Who is changing things, as the audit trail records it. <see cref="Current"/> is null when no
/// API key is authenticated (operator CLI, startup, the authentication lookup itself).
/// </summary>
public interface IAuditActor
{
    AuditActorInfo? Current { get; }
}
