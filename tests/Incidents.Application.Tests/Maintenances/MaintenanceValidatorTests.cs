using Incidents.Application.Maintenances.Commands.CancelMaintenance;
using Incidents.Application.Maintenances.Commands.CreateMaintenance;
using Incidents.Application.Maintenances.Commands.UpdateMaintenance;
using Incidents.Application.Maintenances.Queries.ListMaintenances;

namespace Incidents.Application.Tests.Maintenances;

public class MaintenanceValidatorTests
{
    private static readonly DateTimeOffset For = new(2030, 1, 1, 10, 0, 0, TimeSpan.Zero);

    private static string[] Errors(CreateMaintenanceCommand command) =>
        new CreateMaintenanceCommandValidator()
            .Validate(command)
            .Errors.Select(e => e.ErrorMessage)
            .ToArray();

    [Fact]
    public void Create_WhenEmpty_NamesEveryRequiredFieldInTheIssuesWords()
    {
        var errors = Errors(new CreateMaintenanceCommand(null, null, null, null));

        Assert.Equal(
            [
                "Title is required.",
                "Description is required.",
                "ScheduledFor is required.",
                "ScheduledUntil is required.",
            ],
            errors
        );
    }

    [Fact]
    public void Create_WhenUntilIsNotAfterFor_Refuses()
    {
        Assert.Equal(
            ["ScheduledUntil must be after ScheduledFor."],
            Errors(new CreateMaintenanceCommand("t", "d", For, For))
        );
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(10_080, true)]
    [InlineData(10_081, false)]
    public void Create_RemindBeforeMinutes_From5To10080(int minutes, bool valid)
    {
        var errors = Errors(
            new CreateMaintenanceCommand(
                "t",
                "d",
                For,
                For.AddHours(1),
                RemindBeforeMinutes: minutes
            )
        );

        Assert.Equal(valid ? [] : ["RemindBeforeMinutes must be between 5 and 10080."], errors);
    }

    [Fact]
    public void Create_WithAnEmptyRecurrence_AsksForRuleAndZone()
    {
        Assert.Equal(
            ["Recurrence.Rule is required.", "Recurrence.TimeZone is required."],
            Errors(
                new CreateMaintenanceCommand(
                    "t",
                    "d",
                    For,
                    For.AddHours(1),
                    Recurrence: new RecurrenceInput(null, " ", null)
                )
            )
        );
    }

    [Theory]
    [InlineData("in progress", true)]
    [InlineData("In_Progress", true)]
    [InlineData("verifying", true)]
    [InlineData("Completed", true)]
    [InlineData("Cancelled", false)]
    [InlineData("Resolved", false)]
    public void Update_Status_AcceptsTheLenientVocabularyButNotCancelled(string status, bool valid)
    {
        var errors = new UpdateMaintenanceCommandValidator()
            .Validate(new UpdateMaintenanceCommand(Guid.NewGuid(), "d", status))
            .Errors.Select(e => e.ErrorMessage);

        Assert.Equal(
            valid ? [] : ["Status must be one of: Scheduled, In Progress, Verifying, Completed."],
            errors
        );
    }

    [Fact]
    public void Update_And_Cancel_RequireTheMaintenanceId()
    {
        var update = new UpdateMaintenanceCommandValidator().Validate(
            new UpdateMaintenanceCommand(null, "d")
        );
        var cancel = new CancelMaintenanceCommandValidator().Validate(
            new CancelMaintenanceCommand(Guid.Empty)
        );

        Assert.Equal(["MaintenanceId is required."], update.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["MaintenanceId is required."], cancel.Errors.Select(e => e.ErrorMessage));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("UPCOMING", true)]
    [InlineData("active", true)]
    [InlineData("all", true)]
    [InlineData("upcoming,active", false)]
    [InlineData("1", false)]
    public void List_Status_IsOneOfTheQueryWords(string? status, bool valid)
    {
        var errors = new ListMaintenancesQueryValidator()
            .Validate(new ListMaintenancesQuery(status, null, null))
            .Errors.Select(e => e.ErrorMessage);

        Assert.Equal(
            valid ? [] : ["Status must be one of: upcoming, active, completed, cancelled, all."],
            errors
        );
    }
}
