using Incidents.Application.Subscribers.Commands.CreateSubscriber;
using Incidents.Application.Subscribers.Commands.Subscribe;

namespace Incidents.Application.Tests.Subscribers;

public class SubscriberValidatorTests
{
    private static List<string> Errors(CreateSubscriberCommand command) =>
        new CreateSubscriberCommandValidator()
            .Validate(command)
            .Errors.Select(e => e.ErrorMessage)
            .ToList();

    private static string LongEmail(int length) => new string('a', length - 12) + "@example.com";

    [Fact]
    public void CreateValidator_WhenEmailIsTooLong_ReportsMaximumLengthInTheProjectsWords()
    {
        Assert.Equal(
            ["Email must be at most 254 characters."],
            Errors(new CreateSubscriberCommand("Email", LongEmail(255), null, null, null))
        );
    }

    [Fact]
    public void CreateValidator_WhenEmailIsExactlyTheMaximum_Accepts()
    {
        Assert.Empty(
            Errors(new CreateSubscriberCommand("Email", LongEmail(254), null, null, null))
        );
    }

    [Fact]
    public void CreateValidator_WhenUrlIsTooLong_ReportsMaximumLengthInTheProjectsWords()
    {
        var url = "https://example.com/" + new string('a', 1981);

        Assert.Equal(
            ["Url must be at most 2000 characters."],
            Errors(new CreateSubscriberCommand("Webhook", null, url, null, null))
        );
    }

    [Theory]
    [InlineData("maintenance.scheduled")]
    [InlineData("maintenance.rescheduled")]
    [InlineData("maintenance.reminder")]
    [InlineData("maintenance.started")]
    [InlineData("maintenance.updated")]
    [InlineData("maintenance.completed")]
    [InlineData(" Maintenance.Cancelled ")]
    public void CreateValidator_MaintenanceEventTypes_AreSubscribable(string type)
    {
        Assert.Empty(
            Errors(
                new CreateSubscriberCommand("Webhook", null, "https://example.com/h", null, [type])
            )
        );
    }

    [Fact]
    public void CreateValidator_UnknownEventType_ListsTheMaintenanceTypesToo()
    {
        var error = Assert.Single(
            Errors(
                new CreateSubscriberCommand(
                    "Webhook",
                    null,
                    "https://example.com/h",
                    null,
                    ["maintenance.begun"]
                )
            )
        );

        Assert.Equal(
            "Events must be among: incident.created, incident.updated, incident.resolved, "
                + "incident.postmortem_published, incident.deleted, component.status_changed, maintenance.scheduled, maintenance.rescheduled, "
                + "maintenance.reminder, maintenance.started, maintenance.updated, "
                + "maintenance.completed, maintenance.cancelled.",
            error
        );
    }

    [Fact]
    public void SubscribeValidator_WhenEmailIsTooLong_ReportsMaximumLengthInTheProjectsWords()
    {
        var result = new SubscribeCommandValidator().Validate(
            new SubscribeCommand("acme", LongEmail(255), null, null)
        );

        Assert.Equal(
            ["Email must be at most 254 characters."],
            result.Errors.Select(e => e.ErrorMessage)
        );
    }

    [Fact]
    public void CreateValidator_WhenMoreThan100Components_ReportsLimit()
    {
        var ids = Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()).ToList();

        Assert.Equal(
            ["Components may list at most 100 components."],
            Errors(new CreateSubscriberCommand("Webhook", null, "https://example.com/h", ids, null))
        );
    }

    [Fact]
    public void CreateValidator_With100Components_Accepts()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()).ToList();

        Assert.Empty(
            Errors(new CreateSubscriberCommand("Webhook", null, "https://example.com/h", ids, null))
        );
    }
}
