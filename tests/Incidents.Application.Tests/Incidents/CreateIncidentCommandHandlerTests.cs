using Incidents.Application.Common.Exceptions;
using Incidents.Application.Incidents.Commands.CreateIncident;
using Incidents.Application.Tests.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using NSubstitute;

namespace Incidents.Application.Tests.Incidents;

public class CreateIncidentCommandHandlerTests
{
    private readonly FakePage _page = new();

    private CreateIncidentCommandHandler Handler() =>
        new(
            _page.Incidents,
            _page.Guard,
            _page.Synchronizer,
            _page.TemplateLoader,
            _page.Prefill,
            _page.Caller,
            _page.Time
        );

    private static CreateIncidentCommand Command(
        IReadOnlyList<Guid>? affected = null,
        string? status = null,
        string? impact = null,
        bool? notify = null,
        string? externalId = null
    ) => new("API errors", "We are investigating.", status, impact, affected, notify, externalId);

    [Fact]
    public async Task Handle_WhenValid_AddsIncidentOnCallersPage()
    {
        Incident? added = null;
        _page.Incidents.Add(Arg.Do<Incident>(i => added = i));

        var result = await Handler().Handle(Command(), TestContext.Current.CancellationToken);

        Assert.True(result.Created);
        Assert.NotNull(added);
        Assert.Equal(added.Id, result.IncidentId);
        Assert.Equal(_page.PageId, added.PageId);
        Assert.Equal("API errors", added.Title);
        Assert.Equal(FakePage.Start, added.CreatedAt);
        _page.Incidents.Received(1).Add(Arg.Any<Incident>());
    }

    [Fact]
    public async Task Handle_WhenStatusImpactAndNotifyAreOmitted_UsesDefaults()
    {
        Incident? added = null;
        _page.Incidents.Add(Arg.Do<Incident>(i => added = i));

        await Handler().Handle(Command(), TestContext.Current.CancellationToken);

        Assert.NotNull(added);
        Assert.Equal(IncidentStatus.Investigating, added.Status);
        Assert.Equal(IncidentImpact.None, added.Impact);
        Assert.False(added.Notify);
    }

    [Fact]
    public async Task Handle_WhenVocabularyIsLenient_ParsesStatusAndImpact()
    {
        Incident? added = null;
        _page.Incidents.Add(Arg.Do<Incident>(i => added = i));

        await Handler()
            .Handle(
                Command(status: "identified", impact: "major_outage"),
                TestContext.Current.CancellationToken
            );

        Assert.NotNull(added);
        Assert.Equal(IncidentStatus.Identified, added.Status);
        Assert.Equal(IncidentImpact.MajorOutage, added.Impact);
    }

    [Fact]
    public async Task Handle_WhenComponentIsUnknown_ThrowsComponentNotFoundAndAddsNothing()
    {
        var known = _page.AddComponent();
        var unknown = Guid.NewGuid();

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Handler()
                .Handle(Command([known.Id, unknown]), TestContext.Current.CancellationToken)
        );

        Assert.Equal($"Component {unknown} not found.", exception.Message);
        _page.Incidents.DidNotReceive().Add(Arg.Any<Incident>());
    }

    [Fact]
    public async Task Handle_WhenComponentBelongsToAnotherPage_ThrowsComponentNotFound()
    {
        var foreign = _page.AddComponent(pageId: Guid.NewGuid());

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Handler().Handle(Command([foreign.Id]), TestContext.Current.CancellationToken)
        );

        Assert.Equal($"Component {foreign.Id} not found.", exception.Message);
    }

    [Fact]
    public async Task Handle_WhenExternalIdMatchesAnOpenIncident_ReturnsItAndAddsNothing()
    {
        var component = _page.AddComponent();
        var existing = Incident.Open(
            _page.PageId,
            "Alert",
            "Firing.",
            IncidentStatus.Investigating,
            IncidentImpact.PartialOutage,
            [component.Id],
            false,
            FakePage.Start,
            "alert-42"
        );
        _page
            .Incidents.FindUnresolvedIdByExternalIdAsync(
                _page.PageId,
                "alert-42",
                Arg.Any<CancellationToken>()
            )
            .Returns(existing.Id);

        var result = await Handler()
            .Handle(Command(externalId: "  alert-42 "), TestContext.Current.CancellationToken);

        Assert.Equal(new CreateIncidentResult(existing.Id, Created: false), result);
        _page.Incidents.DidNotReceive().Add(Arg.Any<Incident>());
    }

    [Fact]
    public async Task Handle_WhenExternalIdHasNoOpenIncident_CreatesIncidentWithIt()
    {
        Incident? added = null;
        _page.Incidents.Add(Arg.Do<Incident>(i => added = i));

        var result = await Handler()
            .Handle(Command(externalId: "alert-43"), TestContext.Current.CancellationToken);

        Assert.True(result.Created);
        Assert.Equal("alert-43", added?.ExternalId);
    }

    [Fact]
    public async Task Handle_WhenImpactIsMajorOutage_MakesAffectedComponentMajorOutage()
    {
        var component = _page.AddComponent();
        var untouched = _page.AddComponent();

        var result = await Handler()
            .Handle(
                Command([component.Id], impact: "Major Outage", notify: true),
                TestContext.Current.CancellationToken
            );

        Assert.Equal(ComponentStatus.MajorOutage, component.Status);
        Assert.Equal(ComponentStatus.Operational, component.ManualStatus);
        Assert.Equal(ComponentStatus.Operational, untouched.Status);
        var changed = Assert.IsType<ComponentStatusChanged>(Assert.Single(component.DomainEvents));
        Assert.Equal(result.IncidentId, changed.CausedByIncidentId);
        Assert.True(changed.Notify);
    }

    [Fact]
    public async Task Handle_WhenAnotherIncidentIsWorse_KeepsTheWorseStatus()
    {
        var component = _page.AddComponent();
        _page.AddIncident(IncidentImpact.MajorOutage, component);

        await Handler()
            .Handle(
                Command([component.Id], impact: "degraded performance"),
                TestContext.Current.CancellationToken
            );

        Assert.Equal(ComponentStatus.MajorOutage, component.Status);
        Assert.Empty(component.DomainEvents);
    }
}
