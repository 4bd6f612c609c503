namespace Incidents.Application.Audit.Common;

/// <summary>
/// Marks a Guid property that only refers to something used (a template), so the audit entry's
/// target stays the thing the command changes (for a create, the id it returns).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditTargetAttribute : Attribute;
