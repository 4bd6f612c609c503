using System.Globalization;
using System.Text;
using CsCheck;

namespace Incidents.Api.Tests.Hardening;

/// <summary>
/// Generated JSON request bodies: wrong types, huge and odd numbers, deep nesting, unicode
/// (including lone surrogates and control characters), nulls, over-long strings, extra fields,
/// and text that is not JSON at all.
/// </summary>
public static class JsonFuzz
{
    /// <summary>Every field name the admin models know, so generated objects reach the validators.</summary>
    public static readonly string[] KnownFields =
    [
        "Title",
        "Description",
        "Status",
        "Impact",
        "AffectedComponents",
        "IsNotify",
        "ExternalId",
        "IncidentId",
        "ComponentId",
        "Name",
        "Group",
        "DisplayOrder",
        "Role",
        "MaintenanceId",
        "ScheduledFor",
        "ScheduledUntil",
        "AutoStart",
        "AutoComplete",
        "RemindBeforeMinutes",
        "Recurrence",
        "Rule",
        "TimeZone",
        "Until",
        "TemplateId",
        "Kind",
        "StartedAt",
        "ResolvedAt",
        "Updates",
        "At",
        "DisplayAt",
        "Body",
    ];

    private static readonly string[] Words =
    [
        "Investigating",
        "Identified",
        "Monitoring",
        "Resolved",
        "Major Outage",
        "Minor",
        "Operational",
        "Degraded Performance",
        "Read",
        "Write",
        "Admin",
        "In Progress",
        "Verifying",
        "Completed",
        "Scheduled",
        "Incident",
        "Maintenance",
        "{{component}} since {{started_at}}",
        "{{unknown}}",
        "2030-01-01T10:00:00Z",
        "2030-01-01T12:00:00+02:00",
        "2020-01-01T10:00:00Z",
        "9999-12-31T23:59:59+14:00",
        "0001-01-01T00:00:00-14:00",
        "FREQ=WEEKLY;BYDAY=SU",
        "FREQ=SECONDLY",
        "Europe/Berlin",
        "",
        " ",
        "null",
        "nul\0",
        "\ud800",
    ];

    private static readonly string[] OddNumbers =
    [
        "1e400",
        "-1e400",
        "123456789012345678901234567890",
        "-0",
        "0.0000001",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "1E+2",
        "0x10",
        "NaN",
        "Infinity",
    ];

    private static readonly Gen<string> Scalar = Gen.Frequency<string>(
        (2, Gen.OneOf("null", "true", "false")),
        (2, Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture))),
        (
            1,
            Gen.Double.Select(d =>
                double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "1.5"
            )
        ),
        (1, Gen.OneOf(OddNumbers)),
        (3, Gen.Char.Array[0, 40].Select(c => Quote(new string(c)))),
        (1, Gen.Int[0, 6000].Select(n => Quote(new string('é', n)))),
        (1, Gen.Guid.Select(g => Quote(g.ToString()))),
        (3, Gen.OneOf(Words).Select(Quote))
    );

    public static Gen<string> Value(int depth) =>
        depth == 0
            ? Scalar
            : Gen.Frequency<string>(
                (4, Scalar),
                (1, Value(depth - 1).Array[0, 4].Select(a => "[" + string.Join(",", a) + "]")),
                (1, Object(Value(depth - 1), 4))
            );

    private static Gen<string> Object(Gen<string> values, int maxFields) =>
        Gen.Select(
                Gen.Frequency<string>(
                    (4, Gen.OneOf(KnownFields)),
                    (1, Gen.Char.Array[0, 12].Select(c => new string(c)))
                ),
                values
            )
            .Array[0, maxFields]
            .Select(fields =>
                "{" + string.Join(",", fields.Select(f => Quote(f.Item1) + ":" + f.Item2)) + "}"
            );

    private static readonly Gen<string> Deep = Gen.Int[10, 2000]
        .SelectMany(n =>
            Gen.OneOf(
                new string('[', n) + new string(']', n),
                string.Concat(Enumerable.Repeat("{\"Title\":", n)) + "1" + new string('}', n)
            )
        );

    /// <summary>Mostly objects shaped like the admin models; sometimes anything at all.</summary>
    public static readonly Gen<string> Body = Gen.Frequency<string>(
        (8, Object(Value(2), 8)),
        (1, Value(3)),
        (1, Deep),
        (1, Gen.Char.Array[0, 30].Select(c => new string(c))),
        (1, Gen.OneOf("", "{", "{\"Title\":}", "[1,2", "\"unterminated", "{\"Title\":\"a\"}{}"))
    );

    /// <summary>Query strings for the list endpoints: junk, negative, huge, unicode.</summary>
    public static readonly Gen<string> Query = Gen.Select(
            Gen.OneOf("page", "pageSize", "status", "target", "actor", "x"),
            Gen.Frequency<string>(
                (2, Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture))),
                (1, Gen.OneOf(OddNumbers)),
                (1, Gen.OneOf(Words)),
                (1, Gen.Guid.Select(g => g.ToString())),
                (1, Gen.Char.Array[0, 20].Select(c => new string(c)))
            )
        )
        .Array[0, 4]
        .Select(pairs =>
            "?"
            + string.Join(
                "&",
                pairs.Select(p => p.Item1 + "=" + Uri.EscapeDataString(Safe(p.Item2)))
            )
        );

    /// <summary>A JSON string literal; every non-ASCII or control char escaped, lone surrogates included.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ' || c > '~')
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    // Uri.EscapeDataString refuses lone surrogates; swap them for U+FFFD.
    private static string Safe(string text) =>
        new(text.Select(c => char.IsSurrogate(c) ? '\uFFFD' : c).ToArray());
}
