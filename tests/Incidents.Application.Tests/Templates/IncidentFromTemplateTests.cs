using Incidents.Application.Common.Exceptions;
using Incidents.Application.Incidents.Commands.CreateIncident;
using Incidents.Application.Incidents.Commands.UpdateIncident;
using Incidents.Application.Tests.Common;
using Incidents.Domain.Common;
using Incidents.Domain.Incidents;
using Incidents.Domain.Templates;
using NSubstitute;

namespace Incidents.Application.Tests.Templates;

/// <summary>Creating and updating an incident from a template: the request wins, the template fills in.</summary>
public class IncidentFromTemplateTests
{
    private readonly FakePage _page = new();

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private CreateIncidentCommandHandler Create() =>
        new(
            _page.Incidents,
            _page.Guard,
            _page.Synchronizer,
            _page.TemplateLoader,
            _page.Prefill,
            _page.Caller,
            _page.Time
        );

    private UpdateIncidentCommandHandler Update() =>
        new(
            _page.Loader,
            _page.Guard,
            _page.Synchronizer,
            _page.TemplateLoader,
            _page.Prefill,
            _page.Caller,
            _page.Time
        );

    private Template AddTemplate(
        string? title,
        string? description,
        IEnumerable<Guid>? components = null,
        TemplateKind kind = TemplateKind.Incident,
        IncidentStatus? status = IncidentStatus.Identified,
        IncidentImpact? impact = IncidentImpact.PartialOutage,
        bool? notify = true
    ) =>
        _page.AddTemplate(
            Template.Create(
                _page.PageId,
                "Template " + Guid.NewGuid(),
                null,
                kind,
                title,
                description,
                kind == TemplateKind.Incident ? status : null,
                kind == TemplateKind.Incident ? impact : null,
                components ?? [],
                notify,
                FakePage.Start
            )
        );

    private Incident Added()
    {
        Incident? added = null;
        _page.Incidents.Add(Arg.Do<Incident>(i => added = i));
        return added!;
    }

    private static CreateIncidentCommand FromTemplate(
        Guid templateId,
        string? title = null,
        string? description = null,
        string? status = null,
        string? impact = null,
        IReadOnlyList<Guid>? affected = null,
        bool? notify = null
    ) => new(title, description, status, impact, affected, notify, null, templateId);

    [Fact]
    public async Task Create_WithTemplateOnly_CopiesItsFieldsAndFillsPlaceholders()
    {
        var api = _page.AddComponent();
        var db = _page.AddComponent();
        var template = AddTemplate(
            "{{component}} unavailable",
            "Since {{started_at}}: {{component}} ({{status}}, {{impact}}).",
            [api.Id, db.Id]
        );
        Incident? added = null;
        _page.Incidents.Add(Arg.Do<Incident>(i => added = i));

        await Create().Handle(FromTemplate(template.Id), Ct);

        Assert.NotNull(added);
        Assert.Equal("Component 1, Component 2 unavailable", added.Title);
        Assert.Equal(
            "Since 2026-11-01 09:00 UTC: Component 1, Component 2 (Identified, Partial Outage).",
            added.Updates[0].Description
        );
        Assert.Equal(IncidentStatus.Identified, added.Status);
        Assert.Equal(IncidentImpact.PartialOutage, added.Impact);
        Assert.Equal([api.Id, db.Id], added.AffectedComponentIds);
        Assert.True(added.Notify);
    }

    [Fact]
    public async Task Create_WithTemplateAndRequestFields_TheRequestWins()
    {
        var api = _page.AddComponent();
        var db = _page.AddComponent();
        var template = AddTemplate("Template title", "Template text {{component}}", [api.Id]);
        Incident? added = null;
        _page.Incidents.Add(Arg.Do<Incident>(i => added = i));

        await Create()
            .Handle(
                FromTemplate(
                    template.Id,
                    title: "Own title {{component}}",
                    status: "Monitoring",
                    impact: "Major Outage",
                    affected: [db.Id],
                    notify: false
                ),
                Ct
            );

        Assert.NotNull(added);
        // Request text is never treated as a template.
        Assert.Equal("Own title {{component}}", added.Title);
        Assert.Equal("Template text Component 2", added.Updates[0].Description);
        Assert.Equal(IncidentStatus.Monitoring, added.Status);
        Assert.Equal(IncidentImpact.MajorOutage, added.Impact);
        Assert.Equal([db.Id], added.AffectedComponentIds);
        Assert.False(added.Notify);
    }

    [Fact]
    public async Task Create_WhenTemplateHasNoDescriptionAndRequestNeither_RefusesWithTheSeedMessage()
    {
        var template = AddTemplate("Title only", null);

        var exception = await Assert.ThrowsAsync<DomainException>(async () =>
            await Create().Handle(FromTemplate(template.Id), Ct)
        );

        Assert.Equal("Description is required.", exception.Message);
        _page.Incidents.DidNotReceive().Add(Arg.Any<Incident>());
    }

    [Fact]
    public async Task Create_WhenTemplateHasNoTitleAndRequestNeither_RefusesWithTheSeedMessage()
    {
        var template = AddTemplate(null, "Text");

        var exception = await Assert.ThrowsAsync<DomainException>(async () =>
            await Create().Handle(FromTemplate(template.Id), Ct)
        );

        Assert.Equal("Title is required.", exception.Message);
    }

    [Fact]
    public async Task Create_WhenTemplateComponentWasDeleted_LeavesItOut()
    {
        var api = _page.AddComponent();
        var template = AddTemplate("{{component}} down", "Text", [api.Id, Guid.NewGuid()]);
        Incident? added = null;
        _page.Incidents.Add(Arg.Do<Incident>(i => added = i));

        await Create().Handle(FromTemplate(template.Id), Ct);

        Assert.NotNull(added);
        Assert.Equal([api.Id], added.AffectedComponentIds);
        Assert.Equal("Component 1 down", added.Title);
    }

    [Fact]
    public async Task Create_WithMaintenanceTemplate_RefusesTheKind()
    {
        var template = AddTemplate("Work", "Planned", kind: TemplateKind.Maintenance);

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Create().Handle(FromTemplate(template.Id), Ct)
        );

        Assert.Equal("The template is not an Incident template.", exception.Message);
    }

    [Fact]
    public async Task Create_WithUnknownTemplate_RefusesNamingIt()
    {
        var id = Guid.NewGuid();

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Create().Handle(FromTemplate(id), Ct)
        );

        Assert.Equal($"Template {id} not found.", exception.Message);
    }

    [Fact]
    public async Task Create_WhenTemplateChangesAfterwards_TheIncidentKeepsItsCopy()
    {
        var template = AddTemplate("Before", "Before text");
        Incident? added = null;
        _page.Incidents.Add(Arg.Do<Incident>(i => added = i));
        await Create().Handle(FromTemplate(template.Id), Ct);

        template.Change(
            template.Name,
            null,
            TemplateKind.Incident,
            "After",
            "After text",
            null,
            null,
            [],
            null,
            FakePage.Start
        );

        Assert.NotNull(added);
        Assert.Equal("Before", added.Title);
        Assert.Equal("Before text", added.Updates[0].Description);
    }

    [Fact]
    public async Task Update_WithTemplate_FillsDescriptionStatusAndImpact()
    {
        var api = _page.AddComponent();
        var incident = _page.AddIncident(IncidentImpact.DegradedPerformance, api);
        var template = AddTemplate(
            "Not used by an update",
            "Fixed on {{component}}; started {{started_at}}.",
            status: IncidentStatus.Monitoring,
            impact: IncidentImpact.PartialOutage
        );

        await Update()
            .Handle(
                new UpdateIncidentCommand(incident.Id, null, null, TemplateId: template.Id),
                Ct
            );

        Assert.Equal(IncidentStatus.Monitoring, incident.Status);
        Assert.Equal(IncidentImpact.PartialOutage, incident.Impact);
        Assert.Equal("Incident 1", incident.Title);
        Assert.Equal(
            "Fixed on Component 1; started 2026-11-01 09:00 UTC.",
            incident.Updates[^1].Description
        );
        Assert.Equal([api.Id], incident.AffectedComponentIds);
    }

    [Fact]
    public async Task Update_WithTemplateAndOwnDescription_KeepsTheRequestText()
    {
        var incident = _page.AddIncident(IncidentImpact.DegradedPerformance);
        var template = AddTemplate(null, "Template text", status: IncidentStatus.Resolved);

        await Update()
            .Handle(
                new UpdateIncidentCommand(incident.Id, "Own text", null, TemplateId: template.Id),
                Ct
            );

        Assert.True(incident.IsResolved);
        Assert.Equal("Own text", incident.Updates[^1].Description);
    }
}
