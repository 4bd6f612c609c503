using Incidents.Application.Incidents.Commands.CreateIncident;
using Incidents.Application.Incidents.Commands.ResolveIncident;
using Incidents.Application.Incidents.Commands.UpdateIncident;

namespace Incidents.Application.Tests.Incidents;

public class IncidentValidatorTests
{
    private const string AllowedImpacts =
        "Impact must be one of: None, Degraded Performance, Partial Outage, Major Outage.";
    private const string AllowedStatuses =
        "Status must be one of: Investigating, Identified, Monitoring, Resolved.";
    private const string OpeningStatuses =
        "Status must be one of: Investigating, Identified, Monitoring.";

    private static readonly CreateIncidentCommand ValidCreate = new(
        "API errors",
        "Investigating.",
        null,
        null,
        null,
        null
    );

    private static List<string> Errors(CreateIncidentCommand command) =>
        new CreateIncidentCommandValidator()
            .Validate(command)
            .Errors.Select(e => e.ErrorMessage)
            .ToList();

    private static List<string> Errors(UpdateIncidentCommand command) =>
        new UpdateIncidentCommandValidator()
            .Validate(command)
            .Errors.Select(e => e.ErrorMessage)
            .ToList();

    [Fact]
    public void CreateValidator_WhenCommandIsValid_HasNoErrors()
    {
        Assert.Empty(Errors(ValidCreate));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void CreateValidator_WhenTitleIsMissing_ReportsTitleRequired(string? title)
    {
        Assert.Equal(["Title is required."], Errors(ValidCreate with { Title = title }));
    }

    [Fact]
    public void CreateValidator_WhenTitleIsTooLong_ReportsMaximumLength()
    {
        Assert.Equal(
            ["Title must be at most 200 characters."],
            Errors(ValidCreate with { Title = new string('t', 201) })
        );
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void CreateValidator_WhenDescriptionIsMissing_ReportsDescriptionRequired(
        string? description
    )
    {
        Assert.Equal(
            ["Description is required."],
            Errors(ValidCreate with { Description = description })
        );
    }

    [Theory]
    [InlineData("major_outage")]
    [InlineData("MajorOutage")]
    [InlineData("major outage")]
    [InlineData("Major Outage")]
    [InlineData("none")]
    public void CreateValidator_WhenImpactIsLenientlySpelled_Accepts(string impact)
    {
        Assert.Empty(Errors(ValidCreate with { Impact = impact }));
    }

    [Theory]
    [InlineData("catastrophic")]
    [InlineData("major")]
    public void CreateValidator_WhenImpactIsUnknown_ListsAllowedValues(string impact)
    {
        Assert.Equal([AllowedImpacts], Errors(ValidCreate with { Impact = impact }));
    }

    [Theory]
    [InlineData("closed")]
    [InlineData("Investigatingg")]
    public void CreateValidator_WhenStatusIsUnknown_ListsOnlyTheStatusesCreateAccepts(string status)
    {
        Assert.Equal([OpeningStatuses], Errors(ValidCreate with { Status = status }));
    }

    [Theory]
    [InlineData("investigating")]
    [InlineData("IDENTIFIED")]
    [InlineData("monitoring")]
    [InlineData(" ")]
    public void CreateValidator_WhenStatusIsOneCreateAccepts_Accepts(string status)
    {
        Assert.Empty(Errors(ValidCreate with { Status = status }));
    }

    [Theory]
    [InlineData("Resolved")]
    [InlineData("resolved")]
    [InlineData(" RE_SOLVED ")]
    public void CreateValidator_WhenStatusIsResolved_ReportsCannotOpenAsResolved(string status)
    {
        Assert.Equal(
            ["An incident cannot be opened as Resolved."],
            Errors(ValidCreate with { Status = status })
        );
    }

    [Fact]
    public void CreateValidator_WhenTooManyComponents_ReportsLimit()
    {
        var ids = Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()).ToList();

        Assert.Equal(
            ["AffectedComponents may list at most 100 components."],
            Errors(ValidCreate with { AffectedComponents = ids })
        );
    }

    [Fact]
    public void UpdateValidator_WhenCommandIsValid_HasNoErrors()
    {
        Assert.Empty(
            Errors(new UpdateIncidentCommand(Guid.NewGuid(), "Update.", "monitoring", "none"))
        );
    }

    [Fact]
    public void UpdateValidator_WhenDescriptionIsMissing_ReportsDescriptionRequired()
    {
        Assert.Equal(
            ["Description is required."],
            Errors(new UpdateIncidentCommand(Guid.NewGuid(), " ", null))
        );
    }

    [Theory]
    [InlineData(null)]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void UpdateValidator_WhenIncidentIdIsMissing_ReportsIncidentIdRequired(string? id)
    {
        Guid? incidentId = id is null ? null : Guid.Parse(id);

        Assert.Equal(
            ["IncidentId is required."],
            Errors(new UpdateIncidentCommand(incidentId, "Update.", null))
        );
    }

    [Fact]
    public void UpdateValidator_WhenStatusIsResolved_Accepts()
    {
        Assert.Empty(Errors(new UpdateIncidentCommand(Guid.NewGuid(), "Fixed.", "Resolved")));
    }

    [Fact]
    public void UpdateValidator_WhenStatusIsUnknown_ListsAllFourStatusesResolvedIncluded()
    {
        Assert.Equal(
            [AllowedStatuses],
            Errors(new UpdateIncidentCommand(Guid.NewGuid(), "Update.", "closed"))
        );
    }

    [Fact]
    public void UpdateValidator_WhenStatusAndImpactAreUnknown_ListsAllowedValuesForBoth()
    {
        Assert.Equal(
            [AllowedStatuses, AllowedImpacts],
            Errors(new UpdateIncidentCommand(Guid.NewGuid(), "Update.", "done", "huge"))
        );
    }

    [Fact]
    public void ResolveValidator_WhenDescriptionIsOmitted_Accepts()
    {
        var result = new ResolveIncidentCommandValidator().Validate(
            new ResolveIncidentCommand(Guid.NewGuid())
        );

        Assert.True(result.IsValid);
    }
}
