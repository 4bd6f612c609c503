using Incidents.Application.Incidents.Commands.CreateIncident;
using Incidents.Application.Incidents.Commands.UpdateIncident;
using Incidents.Application.Maintenances.Commands.CreateMaintenance;
using Incidents.Application.Templates.Commands.CreateTemplate;
using Incidents.Application.Templates.Commands.UpdateTemplate;

namespace Incidents.Application.Tests.Templates;

public class TemplateValidatorTests
{
    private static List<string> Errors<T>(FluentValidation.IValidator<T> validator, T command) =>
        validator.Validate(command).Errors.Select(e => e.ErrorMessage).ToList();

    [Fact]
    public void CreateIncident_WithoutTemplateAndTitle_KeepsTheSeedMessage()
    {
        Assert.Equal(
            ["Title is required.", "Description is required."],
            Errors(
                new CreateIncidentCommandValidator(),
                new CreateIncidentCommand(null, "", null, null, null, null)
            )
        );
    }

    [Fact]
    public void CreateIncident_WithTemplateAndNoTitleOrDescription_LeavesThemToTheMerge()
    {
        Assert.Empty(
            Errors(
                new CreateIncidentCommandValidator(),
                new CreateIncidentCommand(null, null, null, null, null, null, null, Guid.NewGuid())
            )
        );
    }

    [Fact]
    public void CreateIncident_WithTemplateAndTooLongTitle_StillRefusesIt()
    {
        Assert.Equal(
            ["Title must be at most 200 characters."],
            Errors(
                new CreateIncidentCommandValidator(),
                new CreateIncidentCommand(
                    new string('t', 201),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Guid.NewGuid()
                )
            )
        );
    }

    [Fact]
    public void UpdateIncident_WithTemplateAndNoDescription_LeavesItToTheMerge()
    {
        Assert.Empty(
            Errors(
                new UpdateIncidentCommandValidator(),
                new UpdateIncidentCommand(Guid.NewGuid(), null, null, TemplateId: Guid.NewGuid())
            )
        );
        Assert.Equal(
            ["Description is required."],
            Errors(
                new UpdateIncidentCommandValidator(),
                new UpdateIncidentCommand(Guid.NewGuid(), null, null)
            )
        );
    }

    [Fact]
    public void CreateMaintenance_WithTemplate_NeedsOnlyTheWindow()
    {
        Assert.Equal(
            ["ScheduledFor is required.", "ScheduledUntil is required."],
            Errors(
                new CreateMaintenanceCommandValidator(),
                new CreateMaintenanceCommand(null, null, null, null, TemplateId: Guid.NewGuid())
            )
        );
    }

    [Fact]
    public void CreateTemplate_WithBadWords_NamesEachField()
    {
        Assert.Equal(
            [
                "Name is required.",
                "Kind must be one of: Incident, Maintenance.",
                "Status must be one of: Investigating, Identified, Monitoring, Resolved.",
                "Impact must be one of: None, Degraded Performance, Partial Outage, Major Outage.",
            ],
            Errors(
                new CreateTemplateCommandValidator(),
                new CreateTemplateCommand("", null, "Outage", null, null, "Done", "Big", null, null)
            )
        );
    }

    [Fact]
    public void UpdateTemplate_WithoutId_RefusesIt()
    {
        Assert.Equal(
            ["TemplateId is required.", "Name is required."],
            Errors(
                new UpdateTemplateCommandValidator(),
                new UpdateTemplateCommand(null, " ", null, null, null, null, null, null, null, null)
            )
        );
    }
}
