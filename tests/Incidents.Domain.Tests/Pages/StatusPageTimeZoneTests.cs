using Incidents.Domain.Common;
using Incidents.Domain.Pages;

namespace Incidents.Domain.Tests.Pages;

public class StatusPageTimeZoneTests
{
    private static StatusPage Page() =>
        StatusPage.Create("acme", "Acme", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Create_HasUtc()
    {
        Assert.Equal("UTC", Page().TimeZone);
    }

    [Fact]
    public void ChangeTimeZone_WithAnIanaZone_TakesIt()
    {
        var page = Page();

        page.ChangeTimeZone(" Europe/Berlin ");

        Assert.Equal("Europe/Berlin", page.TimeZone);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Mars/Olympus")]
    public void ChangeTimeZone_WithAnUnknownZone_Throws(string zone)
    {
        var exception = Assert.Throws<DomainException>(() => Page().ChangeTimeZone(zone));

        Assert.Equal("TimeZone must be an IANA time zone.", exception.Message);
    }
}
