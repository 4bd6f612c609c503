using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Incidents.Infrastructure.Persistence;

/// <summary>
/// One column of a list of entities as a typed array of its stored values (the column's
/// converter applied), for PostgreSQL's <c>unnest</c> bulk insert. The reader is compiled once
/// per property: reading each value through EF Core's untyped getter boxed it, and
/// <see cref="Array.SetValue(object, int)"/> unboxed it again — two dozen boxes per delivery of
/// a fan-out (issue 16).
/// </summary>
internal static class ColumnArrays
{
    private static readonly ConcurrentDictionary<(IProperty, Type), Delegate> Readers = new();

    private static readonly MethodInfo ReaderOfMethod = typeof(ColumnArrays).GetMethod(
        nameof(ReaderOf),
        BindingFlags.NonPublic | BindingFlags.Static
    )!;

    private static readonly ConcurrentDictionary<Type, Func<Array, bool>> UniformChecks = new();

    private static readonly MethodInfo UniformMethod = typeof(ColumnArrays).GetMethod(
        nameof(Uniform),
        BindingFlags.NonPublic | BindingFlags.Static
    )!;

    /// <summary>Reads the property of every row into a new array of the column's stored type.</summary>
    public static Func<List<TEntity>, Array> Of<TEntity>(
        IProperty property,
        RelationalTypeMapping mapping
    )
        where TEntity : class =>
        (Func<List<TEntity>, Array>)
            Readers.GetOrAdd(
                (property, typeof(TEntity)),
                static (key, mapping) => Build<TEntity>(key.Item1, mapping),
                mapping
            );

    private static Delegate Build<TEntity>(IProperty property, RelationalTypeMapping mapping)
        where TEntity : class
    {
        var converter = mapping.Converter;
        var stored = converter?.ProviderClrType ?? mapping.ClrType;
        // A nullable value-type column is sent as an array of nullables (NULL elements).
        var element =
            property.IsNullable && stored.IsValueType && Nullable.GetUnderlyingType(stored) is null
                ? typeof(Nullable<>).MakeGenericType(stored)
                : stored;
        var entity = Expression.Parameter(typeof(TEntity), "entity");
        Expression value = Expression.MakeMemberAccess(
            entity,
            property.GetMemberInfo(forMaterialization: false, forSet: false)
        );
        if (converter is not null)
        {
            // As EF Core does: a converter sees values, never null.
            var converted = Expression.Convert(
                Expression.Invoke(
                    converter.ConvertToProviderExpression,
                    Expression.Convert(value, converter.ModelClrType)
                ),
                element
            );
            value =
                value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
                    ? converted
                    : Expression.Condition(
                        Expression.Equal(value, Expression.Constant(null, value.Type)),
                        Expression.Default(element),
                        converted
                    );
        }
        else if (value.Type != element)
        {
            value = Expression.Convert(value, element);
        }

        var reader = Expression.Lambda(
            typeof(Func<,>).MakeGenericType(typeof(TEntity), element),
            value,
            entity
        );
        return (Delegate)
            ReaderOfMethod
                .MakeGenericMethod(typeof(TEntity), element)
                .Invoke(null, [reader.Compile()])!;
    }

    /// <summary>
    /// Whether every element equals the first: a value the whole batch shares (a fan-out's page,
    /// event, payload, lease and times). Compared as the element type, without boxing.
    /// </summary>
    public static bool IsUniform(Array values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return UniformChecks.GetOrAdd(
            values.GetType().GetElementType()!,
            static element =>
                UniformMethod.MakeGenericMethod(element).CreateDelegate<Func<Array, bool>>()
        )(values);
    }

    private static bool Uniform<TElement>(Array values)
    {
        var typed = (TElement[])values;
        for (var i = 1; i < typed.Length; i++)
        {
            if (!EqualityComparer<TElement>.Default.Equals(typed[0], typed[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static Func<List<TEntity>, Array> ReaderOf<TEntity, TElement>(
        Func<TEntity, TElement> read
    ) =>
        rows =>
        {
            var values = new TElement[rows.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                values[r] = read(rows[r]);
            }

            return values;
        };
}
