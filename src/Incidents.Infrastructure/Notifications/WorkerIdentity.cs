namespace Incidents.Infrastructure.Notifications;

/// <summary>Names a worker in lease columns: host, process and a per-start suffix (two hosts in one process differ).</summary>
internal static class WorkerIdentity
{
    public static string New(string role) =>
        $"{role}:{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}:";

    /// <summary>A claim token: the worker's prefix plus a per-claim part, within the 100-character column.</summary>
    public static string Claim(string prefix)
    {
        var token = prefix + Guid.NewGuid().ToString("N")[..12];
        return token.Length <= 100 ? token : token[^100..];
    }
}
