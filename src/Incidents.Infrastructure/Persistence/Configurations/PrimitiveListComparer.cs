using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Incidents.Infrastructure.Persistence.Configurations;

/// <summary>
/// Snapshot and comparison of a primitive collection (component ids, event types) by plain static
/// methods. EF Core 9+'s own list comparer passes the element comparer's expression as a nested
/// lambda, so every snapshot and every DetectChanges of such a property created a delegate
/// (DynamicMethod.CreateDelegate): about 5 % of a create's CPU in the profile
/// (docs/performance.md, issue 16). Same semantics: equal when the same items in the same order.
/// </summary>
internal sealed class PrimitiveListComparer<T>()
    : ValueComparer<IEnumerable<T>>((a, b) => Same(a, b), list => Hash(list), list => Copy(list))
    where T : IEquatable<T>
{
    private static bool Same(IEnumerable<T>? a, IEnumerable<T>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null)
        {
            return false;
        }

        return a.SequenceEqual(b);
    }

    private static int Hash(IEnumerable<T> list)
    {
        var hash = new HashCode();
        foreach (var item in list)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    private static List<T> Copy(IEnumerable<T> list) => [.. list];
}
