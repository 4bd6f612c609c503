using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Incidents.Api.Tests.StatuspageCompatibility;

/// <summary>
/// Decodes Statuspage v2 JSON as its strictest consumers do (Swift Codable in stts, serde in the
/// Rust exporter): closed enums, no unknown keys, required keys present, non-nullable values never
/// null, timestamps with exactly three fractional digits and an offset. Real answers (Fixtures/)
/// must decode too, or the decoder is wrong.
/// </summary>
public static partial class StrictStatuspageDecoder
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters =
        {
            new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false),
            new TimestampConverter(),
        },
    };

    public static T Decode<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException("The answer is JSON null.");

    public enum Indicator
    {
        None,
        Minor,
        Major,
        Critical,
        Maintenance,
    }

    public enum ComponentStatus
    {
        Operational,
        DegradedPerformance,
        PartialOutage,
        MajorOutage,
        UnderMaintenance,
    }

    public enum IncidentStatus
    {
        Investigating,
        Identified,
        Monitoring,
        Resolved,
        Postmortem,
    }

    public enum MaintenanceStatus
    {
        Scheduled,
        InProgress,
        Verifying,
        Completed,
    }

    public enum Impact
    {
        None,
        Minor,
        Major,
        Critical,
        Maintenance,
    }

    /// <summary>A timestamp that passed the format check.</summary>
    public readonly record struct Timestamp(DateTimeOffset Value);

    public sealed record Page(
        string Id,
        string Name,
        string Url,
        string TimeZone,
        Timestamp UpdatedAt
    );

    public sealed record Status(Indicator Indicator, string Description);

    public sealed record Component(
        string Id,
        string Name,
        ComponentStatus Status,
        Timestamp CreatedAt,
        Timestamp UpdatedAt,
        int Position,
        string? Description,
        bool Showcase,
        string? StartDate,
        string? GroupId,
        string PageId,
        bool Group,
        bool OnlyShowIfDegraded,
        IReadOnlyList<string>? Components = null
    );

    public sealed record AffectedComponent(
        string Code,
        string Name,
        ComponentStatus OldStatus,
        ComponentStatus NewStatus
    );

    public sealed record Update<TStatus>(
        string Id,
        TStatus Status,
        string Body,
        string IncidentId,
        Timestamp CreatedAt,
        Timestamp UpdatedAt,
        Timestamp DisplayAt,
        IReadOnlyList<AffectedComponent>? AffectedComponents,
        bool DeliverNotifications,
        string? CustomTweet,
        string? TweetId
    )
        where TStatus : struct, Enum;

    public sealed record Incident(
        string Id,
        string Name,
        IncidentStatus Status,
        Timestamp CreatedAt,
        Timestamp UpdatedAt,
        Timestamp? MonitoringAt,
        Timestamp? ResolvedAt,
        Impact Impact,
        string Shortlink,
        Timestamp StartedAt,
        string PageId,
        IReadOnlyList<Update<IncidentStatus>> IncidentUpdates,
        IReadOnlyList<Component> Components,
        string? ReminderIntervals
    );

    public sealed record Maintenance(
        string Id,
        string Name,
        MaintenanceStatus Status,
        Timestamp CreatedAt,
        Timestamp UpdatedAt,
        Timestamp? MonitoringAt,
        Timestamp? ResolvedAt,
        Impact Impact,
        string Shortlink,
        Timestamp StartedAt,
        string PageId,
        IReadOnlyList<Update<MaintenanceStatus>> IncidentUpdates,
        IReadOnlyList<Component> Components,
        string? ReminderIntervals,
        Timestamp ScheduledFor,
        Timestamp ScheduledUntil
    );

    public sealed record Summary(
        Page Page,
        IReadOnlyList<Component> Components,
        IReadOnlyList<Incident> Incidents,
        IReadOnlyList<Maintenance> ScheduledMaintenances,
        Status Status
    );

    public sealed record StatusAnswer(Page Page, Status Status);

    public sealed record ComponentsAnswer(Page Page, IReadOnlyList<Component> Components);

    public sealed record IncidentsAnswer(Page Page, IReadOnlyList<Incident> Incidents);

    public sealed record IncidentAnswer(Page Page, Incident Incident);

    public sealed record MaintenanceAnswer(Page Page, Maintenance Incident);

    public sealed record MaintenancesAnswer(
        Page Page,
        IReadOnlyList<Maintenance> ScheduledMaintenances
    );

    private sealed partial class TimestampConverter : JsonConverter<Timestamp>
    {
        public override Timestamp Read(
            ref Utf8JsonReader reader,
            Type typeToConvert,
            JsonSerializerOptions options
        )
        {
            var text = reader.GetString() ?? throw new JsonException("A timestamp is null.");
            if (!Format().IsMatch(text))
            {
                throw new JsonException(
                    $"'{text}' is not yyyy-MM-ddTHH:mm:ss.fff with Z or ±hh:mm."
                );
            }

            return new Timestamp(
                DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None)
            );
        }

        public override void Write(
            Utf8JsonWriter writer,
            Timestamp value,
            JsonSerializerOptions options
        ) => throw new NotSupportedException();

        [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|[+-]\d{2}:\d{2})\z")]
        private static partial Regex Format();
    }
}
