using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Incidents.Infrastructure.Persistence;

/// <summary>
/// How a new entity of one type is inserted without EF Core's change tracker (ADR 0185): its
/// table, its columns with their type mappings (so converters apply as in EF Core's own insert)
/// and the dependents it carries (an incident's first update). Null for a type EF Core must
/// insert itself: a value the database generates, a shadow property (no field to read), a
/// complex or owned part, an inheritance hierarchy, or a navigation other than a collection of
/// its own dependents.
/// </summary>
internal sealed class NewRowTable
{
    private static readonly ConcurrentDictionary<IEntityType, NewRowTable?> Tables = new();

    private NewRowTable(
        string insertHead,
        NewRowColumn[] columns,
        (IClrPropertyGetter Getter, IForeignKey Key, NewRowTable Table)[] dependents
    )
    {
        InsertHead = insertHead;
        Columns = columns;
        Dependents = dependents;
    }

    /// <summary><c>INSERT INTO "Table" ("A", "B", …) VALUES (</c>: the parameters and <c>)</c> follow.</summary>
    public string InsertHead { get; }

    public NewRowColumn[] Columns { get; }

    /// <summary>The collections of dependents inserted with the entity, after it (their foreign key needs it).</summary>
    public (IClrPropertyGetter Getter, IForeignKey Key, NewRowTable Table)[] Dependents { get; }

    public static NewRowTable? For(IModel model, ISqlGenerationHelper sql, Type clrType) =>
        model.FindEntityType(clrType) is { } entityType ? For(entityType, sql) : null;

    private static NewRowTable? For(IEntityType entityType, ISqlGenerationHelper sql) =>
        Tables.GetOrAdd(entityType, static (type, sql) => Build(type, sql, []), sql);

    private static NewRowTable? Build(
        IEntityType entityType,
        ISqlGenerationHelper sql,
        HashSet<IEntityType> visiting
    )
    {
        if (
            !visiting.Add(entityType)
            || entityType.BaseType is not null
            || entityType.GetDirectlyDerivedTypes().Any()
            || entityType.IsOwned()
            || entityType.GetComplexProperties().Any()
            || entityType.GetSkipNavigations().Any()
            || entityType.GetTableName() is not { } tableName
        )
        {
            return null;
        }

        var table = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        var properties = entityType.GetProperties().ToList();
        if (
            properties.Any(p =>
                p.IsShadowProperty()
                || p.ValueGenerated != ValueGenerated.Never
                || p.GetColumnName(table) is null
            )
        )
        {
            return null;
        }

        var dependents = new List<(IClrPropertyGetter, IForeignKey, NewRowTable)>();
        foreach (var navigation in entityType.GetNavigations())
        {
            if (
                !navigation.IsCollection
                || navigation.IsOnDependent
                || navigation.ForeignKey.DependentToPrincipal is not null
                || Build(navigation.TargetEntityType, sql, visiting) is not { } dependent
            )
            {
                return null;
            }

            dependents.Add((navigation.GetGetter(), navigation.ForeignKey, dependent));
        }

        var columns = properties
            .Select(p => new NewRowColumn(
                p,
                (RelationalTypeMapping)p.GetRelationalTypeMapping(),
                p.GetGetter()
            ))
            .ToArray();
        var head =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
            + string.Join(
                ", ",
                properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))
            )
            + ") VALUES (";
        visiting.Remove(entityType);
        return new NewRowTable(head, columns, [.. dependents]);
    }

    /// <summary>
    /// Whether the dependent's foreign key already holds its principal's key, as EF Core's
    /// fix-up would set it (the domain sets it when it creates the dependent).
    /// </summary>
    public static bool PointsAt(IForeignKey key, object principal, object dependent)
    {
        for (var i = 0; i < key.Properties.Count; i++)
        {
            var foreign = key.Properties[i].GetGetter().GetClrValueUsingContainingEntity(dependent);
            var own = key
                .PrincipalKey.Properties[i]
                .GetGetter()
                .GetClrValueUsingContainingEntity(principal);
            if (!Equals(foreign, own))
            {
                return false;
            }
        }

        return true;
    }
}
