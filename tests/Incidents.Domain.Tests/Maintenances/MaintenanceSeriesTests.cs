using Incidents.Domain.Common;
using Incidents.Domain.Maintenances;

namespace Incidents.Domain.Tests.Maintenances;

public class MaintenanceSeriesTests
{
    private static readonly DateTimeOffset Now = MaintenanceBuilder.Now;

    private static MaintenanceSeries Series()
    {
        var id = MaintenanceSeries.NewId(Now);
        var first = Maintenance.Schedule(
            Guid.NewGuid(),
            "Weekly patching",
            "Patches.",
            MaintenanceBuilder.For,
            MaintenanceBuilder.Until,
            [],
            true,
            true,
            15,
            true,
            Now,
            id
        );
        return MaintenanceSeries.Start(
            first,
            Recurrence.Create("FREQ=WEEKLY;BYDAY=SU", "Europe/Berlin", null),
            Now
        );
    }

    [Fact]
    public void Occurrence_CopiesTheTemplateAndLinksTheSeries()
    {
        var series = Series();
        var version = series.Version;

        var next = series.Occurrence(
            MaintenanceBuilder.For.AddDays(7),
            MaintenanceBuilder.Until.AddDays(7),
            Now
        );

        Assert.Equal(series.Id, next.SeriesId);
        Assert.Equal("Weekly patching", next.Title);
        Assert.Equal(15, next.RemindBeforeMinutes);
        Assert.NotEqual(version, series.Version);
    }

    [Fact]
    public void End_Twice_Throws()
    {
        var series = Series();
        series.End(Now);

        var exception = Assert.Throws<DomainException>(() => series.End(Now));

        Assert.Equal("Maintenance series already ended.", exception.Message);
    }

    [Fact]
    public void Occurrence_WhenEnded_Throws()
    {
        var series = Series();
        series.End(Now);

        Assert.Throws<DomainException>(() =>
            series.Occurrence(MaintenanceBuilder.For, MaintenanceBuilder.Until, Now)
        );
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    public void RecurrenceCreate_WithUnknownZone_Throws(string zone)
    {
        var exception = Assert.Throws<DomainException>(() =>
            Recurrence.Create("FREQ=DAILY", zone, null)
        );

        Assert.Equal("Recurrence.TimeZone must be an IANA time zone.", exception.Message);
    }

    [Fact]
    public void RecurrenceCreate_WithRrulePrefix_KeepsTheRuleOnly()
    {
        Assert.Equal("FREQ=DAILY", Recurrence.Create("RRULE:FREQ=DAILY", "UTC", null).Rule);
    }
}
