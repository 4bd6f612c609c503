using Incidents.Application.Common.Exceptions;
using Incidents.Application.Incidents.Commands.ResolveIncident;
using Incidents.Application.Maintenances.Commands.CancelMaintenance;
using Incidents.Application.Maintenances.Commands.CreateMaintenance;
using Incidents.Application.Maintenances.Commands.EndMaintenanceSeries;
using Incidents.Application.Maintenances.Commands.RunDueMaintenance;
using Incidents.Application.Maintenances.Commands.UpdateMaintenance;
using Incidents.Application.Tests.Common;
using Incidents.Domain.Audit;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;
using NSubstitute;

namespace Incidents.Application.Tests.Maintenances;

public class MaintenanceCommandHandlerTests
{
    private static readonly DateTimeOffset For = FakePage.Start.AddHours(1);
    private static readonly DateTimeOffset Until = FakePage.Start.AddHours(3);
    private readonly FakePage _page = new();
    private readonly IAuditLog _audit = Substitute.For<IAuditLog>();

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private CreateMaintenanceCommandHandler Create() =>
        new(
            _page.Maintenances,
            _page.Series,
            _page.Recurrences,
            _page.Planner,
            _page.Guard,
            _page.TemplateLoader,
            _page.Prefill,
            _page.Synchronizer,
            _page.Caller,
            _page.Time
        );

    private UpdateMaintenanceCommandHandler Update() =>
        new(
            _page.MaintenanceLoader,
            _page.Guard,
            _page.Synchronizer,
            _page.Planner,
            _page.Caller,
            _page.Time
        );

    private RunDueMaintenanceCommandHandler RunDue() =>
        new(_page.Maintenances, _page.Synchronizer, _page.Planner, _audit, _page.Time);

    private Maintenance Stored(
        Component? component = null,
        Guid? seriesId = null,
        DateTimeOffset? scheduledFor = null
    ) =>
        _page.AddMaintenance(
            Maintenance.Schedule(
                _page.PageId,
                "Upgrade",
                "Planned.",
                scheduledFor ?? For,
                Until,
                component is null ? [] : [component.Id],
                true,
                true,
                null,
                true,
                _page.Time.GetUtcNow(),
                seriesId
            )
        );

    [Fact]
    public async Task Create_WhenValid_AddsAScheduledMaintenanceWithTheIssueDefaults()
    {
        var id = await Create()
            .Handle(new CreateMaintenanceCommand("Upgrade", "Planned.", For, Until), Ct);

        var added = Assert.Single(_page.StoredMaintenances);
        Assert.Equal(id, added.Id);
        Assert.Equal(_page.PageId, added.PageId);
        Assert.True(added.AutoStart);
        Assert.True(added.AutoComplete);
        Assert.True(added.Notify);
        Assert.Null(added.SeriesId);
        _page.Series.DidNotReceive().Add(Arg.Any<MaintenanceSeries>());
    }

    [Fact]
    public async Task Create_WithAComponentOfAnotherPage_RefusesItAsNotFound()
    {
        var foreign = _page.AddComponent(pageId: Guid.NewGuid());

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Create()
                .Handle(
                    new CreateMaintenanceCommand("Upgrade", "Planned.", For, Until, [foreign.Id]),
                    Ct
                )
        );

        Assert.Equal($"Component {foreign.Id} not found.", exception.Message);
        Assert.Empty(_page.StoredMaintenances);
    }

    [Fact]
    public async Task Create_WhenTheWindowHasBegun_PutsItsComponentsUnderMaintenance()
    {
        var component = _page.AddComponent();

        await Create()
            .Handle(
                new CreateMaintenanceCommand(
                    "Upgrade",
                    "Planned.",
                    FakePage.Start.AddMinutes(-5),
                    Until,
                    [component.Id]
                ),
                Ct
            );

        Assert.Equal(ComponentStatus.UnderMaintenance, component.Status);
    }

    [Fact]
    public async Task Create_WhenTheRuleIsRefused_AnswersTheCalculatorsMessage()
    {
        _page
            .Recurrences.Check(
                Arg.Any<Recurrence>(),
                Arg.Any<DateTimeOffset>(),
                Arg.Any<DateTimeOffset>()
            )
            .Returns("Recurrence.Rule must be an RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=SU).");

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Create()
                .Handle(
                    new CreateMaintenanceCommand(
                        "Upgrade",
                        "Planned.",
                        For,
                        Until,
                        Recurrence: new RecurrenceInput("BAD", "UTC", null)
                    ),
                    Ct
                )
        );

        Assert.StartsWith("Recurrence.Rule must be", exception.Message, StringComparison.Ordinal);
        Assert.Empty(_page.StoredMaintenances);
    }

    [Fact]
    public async Task Create_WithARecurrence_StartsASeriesThatTheFirstOccurrencePointsTo()
    {
        MaintenanceSeries? series = null;
        _page.Series.Add(Arg.Do<MaintenanceSeries>(s => series = s));

        await Create()
            .Handle(
                new CreateMaintenanceCommand(
                    "Upgrade",
                    "Planned.",
                    For,
                    Until,
                    Recurrence: new RecurrenceInput("FREQ=WEEKLY", "Europe/Berlin", null)
                ),
                Ct
            );

        Assert.NotNull(series);
        var first = Assert.Single(_page.StoredMaintenances);
        Assert.Equal(series.Id, first.SeriesId);
        Assert.Equal("Europe/Berlin", series.TimeZone);
    }

    [Fact]
    public async Task Update_WhenTheIdIsUnknown_AnswersMaintenanceIdNotFound()
    {
        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Update().Handle(new UpdateMaintenanceCommand(Guid.NewGuid(), "x"), Ct)
        );

        Assert.Equal("Maintenance ID not found.", exception.Message);
    }

    [Fact]
    public async Task Update_ToInProgress_PutsComponentsUnderMaintenanceUnlessAnIncidentIsWorse()
    {
        var quiet = _page.AddComponent();
        var broken = _page.AddComponent();
        _page.AddIncident(IncidentImpact.PartialOutage, broken);
        var maintenance = Stored();
        _page.CommitMaintenances();

        await Update()
            .Handle(
                new UpdateMaintenanceCommand(
                    maintenance.Id,
                    "Starting.",
                    "In Progress",
                    AffectedComponents: [quiet.Id, broken.Id]
                ),
                Ct
            );

        Assert.Equal(ComponentStatus.UnderMaintenance, quiet.Status);
        Assert.Equal(ComponentStatus.PartialOutage, broken.Status);
        Assert.True(broken.UnderMaintenance);
    }

    [Fact]
    public async Task Update_ToCompleted_ReturnsComponentsToTheirManualStatus()
    {
        var component = _page.AddComponent(ComponentStatus.DegradedPerformance);
        var maintenance = Stored(component);
        await Update()
            .Handle(new UpdateMaintenanceCommand(maintenance.Id, "Go.", "InProgress"), Ct);
        _page.CommitMaintenances();

        await Update()
            .Handle(new UpdateMaintenanceCommand(maintenance.Id, "Done.", "completed"), Ct);

        Assert.Equal(MaintenanceStatus.Completed, maintenance.Status);
        Assert.Equal(ComponentStatus.DegradedPerformance, component.Status);
    }

    [Fact]
    public async Task Update_WhenTwoMaintenancesCoverAComponent_EndingOneKeepsItUnderMaintenance()
    {
        var component = _page.AddComponent();
        var first = Stored(component, scheduledFor: FakePage.Start.AddMinutes(-1));
        var second = Stored(component, scheduledFor: FakePage.Start.AddMinutes(-1));
        Assert.True(first.IsActive && second.IsActive);

        await Update().Handle(new UpdateMaintenanceCommand(first.Id, "Done.", "Completed"), Ct);

        Assert.Equal(ComponentStatus.UnderMaintenance, component.Status);
    }

    [Fact]
    public async Task ResolveIncident_DuringAMaintenance_ReturnsTheComponentToUnderMaintenance()
    {
        var component = _page.AddComponent();
        Stored(component, scheduledFor: FakePage.Start.AddMinutes(-1));
        var incident = _page.AddIncident(IncidentImpact.MajorOutage, component);
        Assert.Equal(ComponentStatus.MajorOutage, component.Status);

        await new ResolveIncidentCommandHandler(
            _page.Loader,
            _page.Synchronizer,
            _page.Time
        ).Handle(new ResolveIncidentCommand(incident.Id), Ct);

        Assert.Equal(ComponentStatus.UnderMaintenance, component.Status);
    }

    [Fact]
    public async Task Cancel_AnOccurrence_KeepsTheSeriesByMakingTheNextOccurrence()
    {
        var seriesId = await StartSeriesAsync();
        var first = Assert.Single(_page.StoredMaintenances);
        _page.CommitMaintenances();
        _page
            .Recurrences.NextOccurrence(Arg.Any<MaintenanceSeries>(), Arg.Any<DateTimeOffset>())
            .Returns((For.AddDays(7), Until.AddDays(7)));

        await new CancelMaintenanceCommandHandler(
            _page.MaintenanceLoader,
            _page.Planner,
            _page.Time
        ).Handle(new CancelMaintenanceCommand(first.Id), Ct);

        Assert.Equal(MaintenanceStatus.Cancelled, first.Status);
        var next = _page.StoredMaintenances[^1];
        Assert.NotEqual(first.Id, next.Id);
        Assert.Equal(seriesId, next.SeriesId);
        Assert.Equal(For.AddDays(7), next.ScheduledFor);
        Assert.Equal(MaintenanceStatus.Scheduled, next.Status);
    }

    [Fact]
    public async Task EndSeries_CancelsTheScheduledOccurrencesAndRefusesASecondEnd()
    {
        await StartSeriesAsync();
        var first = Assert.Single(_page.StoredMaintenances);
        _page.CommitMaintenances();
        var handler = new EndMaintenanceSeriesCommandHandler(
            _page.Series,
            _page.Maintenances,
            _page.Caller,
            _page.Time
        );

        await handler.Handle(new EndMaintenanceSeriesCommand(first.Id), Ct);
        var again = await Assert.ThrowsAsync<Domain.Common.DomainException>(async () =>
            await handler.Handle(new EndMaintenanceSeriesCommand(first.Id), Ct)
        );

        Assert.Equal(MaintenanceStatus.Cancelled, first.Status);
        Assert.Equal("Maintenance series already ended.", again.Message);
    }

    [Fact]
    public async Task EndSeries_OfAOneOff_AnswersNotPartOfASeries()
    {
        var maintenance = Stored();

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await new EndMaintenanceSeriesCommandHandler(
                _page.Series,
                _page.Maintenances,
                _page.Caller,
                _page.Time
            ).Handle(new EndMaintenanceSeriesCommand(maintenance.Id), Ct)
        );

        Assert.Equal("Maintenance is not part of a series.", exception.Message);
    }

    [Fact]
    public async Task RunDue_AtTheStart_StartsAuditsAsTheSchedulerAndSynchronisesComponents()
    {
        var component = _page.AddComponent();
        var maintenance = Stored(component);
        _page.Time.SetUtcNow(For);

        var result = await RunDue()
            .Handle(new RunDueMaintenanceCommand(_page.PageId, maintenance.Id), Ct);

        Assert.Equal([MaintenanceTransition.Started], result.Transitions);
        Assert.Equal(ComponentStatus.UnderMaintenance, component.Status);
        _audit
            .Received(1)
            .Add(
                Arg.Is<AuditEntry>(a =>
                    a.Action == "StartMaintenance"
                    && a.ApiKeyName == "Scheduler"
                    && a.ApiKeyId == null
                    && a.TargetId == maintenance.Id
                )
            );
    }

    [Fact]
    public async Task RunDue_WhenNothingIsDueOrTheIdIsOnAnotherPage_ChangesNothing()
    {
        var maintenance = Stored();

        var early = await RunDue()
            .Handle(new RunDueMaintenanceCommand(_page.PageId, maintenance.Id), Ct);
        _page.Time.SetUtcNow(For);
        var foreign = await RunDue()
            .Handle(new RunDueMaintenanceCommand(Guid.NewGuid(), maintenance.Id), Ct);

        Assert.Empty(early.Transitions);
        Assert.Empty(foreign.Transitions);
        Assert.Equal(MaintenanceStatus.Scheduled, maintenance.Status);
        _audit.DidNotReceive().Add(Arg.Any<AuditEntry>());
    }

    [Fact]
    public async Task RunDue_WhenAnOccurrenceStarts_MakesTheNextOccurrence()
    {
        var seriesId = await StartSeriesAsync();
        var first = Assert.Single(_page.StoredMaintenances);
        _page.CommitMaintenances();
        _page
            .Recurrences.NextOccurrence(Arg.Any<MaintenanceSeries>(), Arg.Any<DateTimeOffset>())
            .Returns((For.AddDays(7), Until.AddDays(7)));
        _page.Time.SetUtcNow(For);

        await RunDue().Handle(new RunDueMaintenanceCommand(_page.PageId, first.Id), Ct);

        Assert.Equal(MaintenanceStatus.InProgress, first.Status);
        Assert.Equal(2, _page.StoredMaintenances.Count);
        Assert.Equal(seriesId, _page.StoredMaintenances[^1].SeriesId);
    }

    private async Task<Guid> StartSeriesAsync()
    {
        await Create()
            .Handle(
                new CreateMaintenanceCommand(
                    "Upgrade",
                    "Planned.",
                    For,
                    Until,
                    Recurrence: new RecurrenceInput("FREQ=WEEKLY", "UTC", null)
                ),
                Ct
            );
        return _page.StoredMaintenances[0].SeriesId!.Value;
    }
}
