using Incidents.Domain.Maintenances;
using Incidents.Infrastructure.Maintenances;

namespace Incidents.Api.Tests.Maintenances;

/// <summary>
/// Occurrences keep their local wall-clock window in the series' zone: a Sunday 01:30–03:30
/// Europe/Berlin window on both 2026 daylight-saving days (29 March: 02:00 → 03:00, the window
/// lasts one real hour less; 25 October: 03:00 → 02:00, one real hour more).
/// </summary>
public sealed class IcalRecurrenceCalculatorTests
{
    private static readonly IcalRecurrenceCalculator Calculator = new();
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static MaintenanceSeries Series(
        DateTimeOffset firstFor,
        DateTimeOffset firstUntil,
        string rule = "FREQ=WEEKLY;BYDAY=SU",
        DateTimeOffset? until = null
    )
    {
        var first = Maintenance.Schedule(
            Guid.NewGuid(),
            "Weekly patching",
            "Patches.",
            firstFor,
            firstUntil,
            [],
            true,
            true,
            null,
            true,
            Now,
            MaintenanceSeries.NewId(Now)
        );
        return MaintenanceSeries.Start(first, Recurrence.Create(rule, "Europe/Berlin", until), Now);
    }

    private static DateTimeOffset Utc(int month, int day, int hour, int minute) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void NextOccurrence_OnTheSpringChangeDay_KeepsLocalTimesAndIsAnHourShorter()
    {
        // 22 March, CET (UTC+1): 01:30–03:30 local = 00:30–02:30 UTC.
        var series = Series(Utc(3, 22, 0, 30), Utc(3, 22, 2, 30));

        var changeDay = Calculator.NextOccurrence(series, Utc(3, 22, 0, 30));
        var weekAfter = Calculator.NextOccurrence(series, changeDay!.Value.ScheduledFor);

        // 29 March: 01:30 CET = 00:30 UTC; 03:30 CEST = 01:30 UTC.
        Assert.Equal((Utc(3, 29, 0, 30), Utc(3, 29, 1, 30)), changeDay.Value);
        // 5 April, CEST (UTC+2): 01:30–03:30 local = 23:30 (4 April)–01:30 UTC.
        Assert.Equal((Utc(4, 4, 23, 30), Utc(4, 5, 1, 30)), weekAfter!.Value);
    }

    [Fact]
    public void NextOccurrence_OnTheAutumnChangeDay_KeepsLocalTimesAndIsAnHourLonger()
    {
        // 18 October, CEST (UTC+2): 01:30–03:30 local = 23:30 (17 October)–01:30 UTC.
        var series = Series(Utc(10, 17, 23, 30), Utc(10, 18, 1, 30));

        var changeDay = Calculator.NextOccurrence(series, Utc(10, 17, 23, 30));
        var weekAfter = Calculator.NextOccurrence(series, changeDay!.Value.ScheduledFor);

        // 25 October: 01:30 CEST = 23:30 UTC (24 October); 03:30 CET = 02:30 UTC.
        Assert.Equal((Utc(10, 24, 23, 30), Utc(10, 25, 2, 30)), changeDay.Value);
        // 1 November, CET (UTC+1): 00:30–02:30 UTC.
        Assert.Equal((Utc(11, 1, 0, 30), Utc(11, 1, 2, 30)), weekAfter!.Value);
    }

    [Fact]
    public void NextOccurrence_AfterTheSeriesUntil_IsNull()
    {
        var series = Series(Utc(3, 22, 0, 30), Utc(3, 22, 2, 30), until: Utc(3, 30, 0, 0));

        Assert.NotNull(Calculator.NextOccurrence(series, Utc(3, 22, 0, 30)));
        Assert.Null(Calculator.NextOccurrence(series, Utc(3, 29, 0, 30)));
    }

    [Fact]
    public void NextOccurrence_WithARuleCount_EndsWithTheRule()
    {
        var series = Series(Utc(3, 22, 0, 30), Utc(3, 22, 2, 30), "FREQ=WEEKLY;COUNT=2");

        Assert.Equal(
            Utc(3, 29, 0, 30),
            Calculator.NextOccurrence(series, Utc(3, 22, 0, 30))!.Value.ScheduledFor
        );
        Assert.Null(Calculator.NextOccurrence(series, Utc(3, 29, 0, 30)));
    }

    [Theory]
    [InlineData("FREQ=WEEKLY", null)]
    [InlineData("RRULE:FREQ=DAILY;INTERVAL=2", null)]
    [InlineData(
        "NOT A RULE",
        "Recurrence.Rule must be an RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=SU)."
    )]
    [InlineData(
        "FREQ=HOURLY",
        "Recurrence occurrences must not overlap: the rule repeats before the window ends."
    )]
    [InlineData("FREQ=DAILY;COUNT=1", "Recurrence must have an occurrence after the first.")]
    public void Check_AnswersWhatIsWrongOrNull(string rule, string? problem)
    {
        var recurrence = Recurrence.Create(rule, "Europe/Berlin", null);

        Assert.Equal(problem, Calculator.Check(recurrence, Utc(3, 22, 0, 30), Utc(3, 22, 2, 30)));
    }
}
