using Incidents.Application.Components.Commands.CreateComponent;
using Incidents.Application.Components.Commands.UpdateComponent;

namespace Incidents.Application.Tests.Components;

public class ComponentValidatorTests
{
    private static List<string> Errors(CreateComponentCommand command) =>
        new CreateComponentCommandValidator()
            .Validate(command)
            .Errors.Select(e => e.ErrorMessage)
            .ToList();

    [Theory]
    [InlineData("major_outage")]
    [InlineData("UnderMaintenance")]
    [InlineData("degraded performance")]
    [InlineData(null)]
    public void CreateValidator_WhenStatusIsLenientOrOmitted_Accepts(string? status)
    {
        Assert.Empty(Errors(new CreateComponentCommand("API", null, null, null, status)));
    }

    [Fact]
    public void CreateValidator_WhenStatusIsUnknown_ListsAllowedValues()
    {
        Assert.Equal(
            [
                "Status must be one of: Operational, Degraded Performance, Partial Outage, Major Outage, Under Maintenance.",
            ],
            Errors(new CreateComponentCommand("API", null, null, null, "down"))
        );
    }

    [Fact]
    public void CreateValidator_WhenNameIsMissing_ReportsNameRequired()
    {
        Assert.Equal(
            ["Name is required."],
            Errors(new CreateComponentCommand(null, null, null, null, null))
        );
    }

    [Fact]
    public void UpdateValidator_WhenNameIsBlank_ReportsNameCannotBeEmpty()
    {
        var result = new UpdateComponentCommandValidator().Validate(
            new UpdateComponentCommand(Guid.NewGuid(), " ", null, null, null, null, null)
        );

        Assert.Equal(["Name cannot be empty."], result.Errors.Select(e => e.ErrorMessage));
    }
}
