namespace Incidents.Infrastructure.ScaleOut;

/// <summary>
/// Which mode configuration chose: several instances sharing state through Redis, or one
/// instance with in-process equivalents. <see cref="InstanceId"/> names this process in leases and messages.
/// </summary>
public sealed record ScaleOutMode(bool IsDistributed, string InstanceId);
