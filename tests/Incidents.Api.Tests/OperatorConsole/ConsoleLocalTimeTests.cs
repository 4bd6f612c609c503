using Incidents.Api.OperatorConsole;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>The window typed in a named zone becomes the UTC instant the maintenance commands take (ADR 155).</summary>
public sealed class ConsoleLocalTimeTests
{
    [Theory]
    [InlineData("UTC", "2030-06-01T10:00", "2030-06-01T10:00:00Z")]
    [InlineData(null, "2030-06-01T10:00", "2030-06-01T10:00:00Z")]
    [InlineData("Europe/Berlin", "2030-06-01T10:00", "2030-06-01T08:00:00Z")]
    [InlineData("Europe/Berlin", "2030-01-15T10:00", "2030-01-15T09:00:00Z")]
    [InlineData("America/New_York", "2030-01-15T10:00:30", "2030-01-15T15:00:30Z")]
    [InlineData("Asia/Kolkata", "2030-01-15 10:00", "2030-01-15T04:30:00Z")]
    public void TryToUtc_ReadsTheTypedTimeInTheNamedZone(string? zone, string typed, string utc)
    {
        var found = ConsoleLocalTime.FindZone(zone);

        Assert.NotNull(found);
        Assert.True(
            ConsoleLocalTime.TryToUtc("ScheduledFor", typed, found, out var value, out var error),
            error
        );
        Assert.Equal(
            DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture),
            value
        );
        Assert.Equal(TimeSpan.Zero, value!.Value.Offset);
    }

    [Fact]
    public void TryToUtc_AnHourSkippedBySummerTime_IsAMessageForTheField()
    {
        var berlin = ConsoleLocalTime.FindZone("Europe/Berlin")!;

        var read = ConsoleLocalTime.TryToUtc(
            "ScheduledFor",
            "2030-03-31T02:30",
            berlin,
            out var value,
            out var error
        );

        Assert.False(read);
        Assert.Null(value);
        Assert.Equal(
            "ScheduledFor does not exist in Europe/Berlin (the clocks change then).",
            error
        );
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2030-13-01T10:00")]
    [InlineData("01/06/2030 10:00")]
    public void TryToUtc_NotADateTime_IsAMessageForTheField(string typed)
    {
        var read = ConsoleLocalTime.TryToUtc(
            "ScheduledUntil",
            typed,
            TimeZoneInfo.Utc,
            out var value,
            out var error
        );

        Assert.False(read);
        Assert.Null(value);
        Assert.Equal("ScheduledUntil must be a date and time (YYYY-MM-DDTHH:MM).", error);
    }

    [Fact]
    public void TryToUtc_Empty_IsNull_SoTheCommandSaysItIsRequired()
    {
        Assert.True(
            ConsoleLocalTime.TryToUtc("ScheduledFor", " ", TimeZoneInfo.Utc, out var value, out _)
        );
        Assert.Null(value);
    }

    [Fact]
    public void FindZone_Unknown_IsNull()
    {
        Assert.Null(ConsoleLocalTime.FindZone("Mars/Olympus_Mons"));
    }
}
