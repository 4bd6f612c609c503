using System.Buffers;
using System.Text;
using SQLitePCL;

namespace Incidents.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Binds a column's provider value (converters already applied) to a SQLite statement the way
/// Microsoft.Data.Sqlite stores it: text as UTF-8, GUIDs as upper-case text (EF Core's SQLite
/// mapping), integers as 64-bit, bytes as a blob. For the bulk insert (ADR 0175), without the
/// per-value objects and strings a Microsoft.Data.Sqlite command makes.
/// </summary>
internal static class SqliteValues
{
    /// <summary>Longer text is encoded into a pooled buffer rather than on the stack.</summary>
    private const int StackBytes = 512;

    public static int Bind(sqlite3_stmt statement, int index, object? value) =>
        value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            Guid g => BindGuid(statement, index, g),
            long l => raw.sqlite3_bind_int64(statement, index, l),
            int i => raw.sqlite3_bind_int64(statement, index, i),
            bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(statement, index, d),
            // Empty values bound through spans would be null pointers, which SQLite reads as NULL.
            "" => raw.sqlite3_bind_text(statement, index, string.Empty),
            string s => BindText(statement, index, s),
            byte[] { Length: 0 } => raw.sqlite3_bind_zeroblob(statement, index, 0),
            byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
            _ => throw new NotSupportedException(
                $"The SQLite bulk insert does not bind {value.GetType().Name} values."
            ),
        };

    private static int BindGuid(sqlite3_stmt statement, int index, Guid value)
    {
        Span<byte> text = stackalloc byte[36];
        value.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            // Hex digits a–f to A–F: EF Core's SQLite provider stores GUIDs upper-case.
            if (text[i] is >= (byte)'a' and <= (byte)'f')
            {
                text[i] -= 'a' - 'A';
            }
        }

        return raw.sqlite3_bind_text(statement, index, text);
    }

    private static int BindText(sqlite3_stmt statement, int index, string value)
    {
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max <= StackBytes)
        {
            Span<byte> text = stackalloc byte[StackBytes];
            var length = Encoding.UTF8.GetBytes(value, text);
            return raw.sqlite3_bind_text(statement, index, text[..length]);
        }

        var rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var length = Encoding.UTF8.GetBytes(value, rented);
            return raw.sqlite3_bind_text(statement, index, rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
