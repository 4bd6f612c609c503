using System.Security.Cryptography;
using System.Text;

namespace Incidents.Application.StatuspageCompatibility.Common;

/// <summary>
/// Our groups are names on components; Statuspage's are components with an id. The id is derived
/// from the page and the name, so it is stable across requests and instances without being stored.
/// </summary>
public static class StatuspageGroupId
{
    public static Guid For(Guid pageId, string groupName)
    {
        ArgumentNullException.ThrowIfNull(groupName);
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(groupName.Length)];
        pageId.TryWriteBytes(input);
        var length = 16 + Encoding.UTF8.GetBytes(groupName, input[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input[..length], hash);
        return new Guid(hash[..16]);
    }
}
