using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Tests.Common;

public class VocabularyTests
{
    [Theory]
    [InlineData(IncidentImpact.None, "None")]
    [InlineData(IncidentImpact.DegradedPerformance, "Degraded Performance")]
    [InlineData(IncidentImpact.PartialOutage, "Partial Outage")]
    [InlineData(IncidentImpact.MajorOutage, "Major Outage")]
    public void Display_WhenImpact_ReturnsWordsSeparatedBySpaces(
        IncidentImpact impact,
        string expected
    )
    {
        Assert.Equal(expected, Vocabulary<IncidentImpact>.Display(impact));
    }

    [Theory]
    [InlineData("major_outage")]
    [InlineData("MajorOutage")]
    [InlineData("major outage")]
    [InlineData("Major Outage")]
    [InlineData("MAJOR-OUTAGE")]
    [InlineData(" majoroutage ")]
    public void TryParse_WhenSpellingIsLenient_ReturnsValue(string text)
    {
        var parsed = Vocabulary<IncidentImpact>.TryParse(text, out var value);

        Assert.True(parsed);
        Assert.Equal(IncidentImpact.MajorOutage, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("major")]
    [InlineData("3")]
    [InlineData("MajorOutages")]
    public void TryParse_WhenNotAWordOfTheEnum_ReturnsFalse(string? text)
    {
        Assert.False(Vocabulary<IncidentImpact>.TryParse(text, out _));
    }

    [Fact]
    public void Parse_WhenInvalid_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Vocabulary<IncidentStatus>.Parse("closed"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ParseOptional_WhenBlank_ReturnsNull(string? text)
    {
        Assert.Null(Vocabulary<IncidentStatus>.ParseOptional(text));
    }

    [Fact]
    public void ParseOptional_WhenWord_ReturnsValue()
    {
        Assert.Equal(
            ComponentStatus.UnderMaintenance,
            Vocabulary<ComponentStatus>.ParseOptional("under_maintenance")
        );
    }

    [Fact]
    public void AllowedValues_WhenComponentStatus_ListsDisplayFormsInDeclarationOrder()
    {
        Assert.Equal(
            "Operational, Degraded Performance, Partial Outage, Major Outage, Under Maintenance",
            Vocabulary<ComponentStatus>.AllowedValues
        );
    }

    [Fact]
    public void List_WhenGivenPartOfTheEnum_ListsThoseDisplayFormsInTheOrderGiven()
    {
        Assert.Equal(
            "Major Outage, None",
            Vocabulary<IncidentImpact>.List([IncidentImpact.MajorOutage, IncidentImpact.None])
        );
    }
}
