using Incidents.Application.Common.Exceptions;
using Incidents.Application.Templates.Commands.CreateTemplate;
using Incidents.Application.Templates.Commands.DeleteTemplate;
using Incidents.Application.Templates.Commands.UpdateTemplate;
using Incidents.Application.Templates.Common;
using Incidents.Application.Tests.Common;
using Incidents.Domain.Incidents;
using Incidents.Domain.Templates;
using NSubstitute;

namespace Incidents.Application.Tests.Templates;

public class TemplateCommandHandlerTests
{
    private readonly FakePage _page = new();

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private CreateTemplateCommandHandler Create() =>
        new(
            _page.Templates,
            new TemplateNameGuard(_page.Templates),
            _page.Guard,
            _page.Caller,
            _page.Time
        );

    private UpdateTemplateCommandHandler Update() =>
        new(
            _page.TemplateLoader,
            new TemplateNameGuard(_page.Templates),
            _page.Guard,
            _page.Caller,
            _page.Time
        );

    private static CreateTemplateCommand Command(string name = "Outage") =>
        new(
            name,
            "Ops",
            null,
            "{{component}} down",
            "Text",
            "identified",
            "major_outage",
            null,
            true
        );

    [Fact]
    public async Task Create_WhenValid_AddsAnIncidentTemplateOnCallersPage()
    {
        Template? added = null;
        _page.Templates.Add(Arg.Do<Template>(t => added = t));

        var id = await Create().Handle(Command(), Ct);

        Assert.NotNull(added);
        Assert.Equal(id, added.Id);
        Assert.Equal(_page.PageId, added.PageId);
        Assert.Equal(TemplateKind.Incident, added.Kind);
        Assert.Equal(IncidentStatus.Identified, added.Status);
        Assert.Equal(IncidentImpact.MajorOutage, added.Impact);
    }

    [Fact]
    public async Task Create_WhenNameIsTaken_RefusesAndAddsNothing()
    {
        _page
            .Templates.NameExistsAsync(_page.PageId, "Outage", null, Arg.Any<CancellationToken>())
            .Returns(true);

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Create().Handle(Command(" Outage "), Ct)
        );

        Assert.Equal("A template named 'Outage' already exists.", exception.Message);
        _page.Templates.DidNotReceive().Add(Arg.Any<Template>());
    }

    [Fact]
    public async Task Create_WhenComponentIsNotOnThePage_Refuses()
    {
        var other = _page.AddComponent(pageId: Guid.NewGuid());

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Create().Handle(Command() with { AffectedComponents = [other.Id] }, Ct)
        );

        Assert.Equal($"Component {other.Id} not found.", exception.Message);
    }

    [Fact]
    public async Task Update_WhenFieldsAreOmitted_KeepsThemAndEmptyClears()
    {
        var template = _page.AddTemplate(
            Template.Create(
                _page.PageId,
                "Outage",
                "Ops",
                TemplateKind.Incident,
                "Title",
                "Text",
                IncidentStatus.Identified,
                null,
                [],
                true,
                FakePage.Start
            )
        );

        await Update()
            .Handle(
                new UpdateTemplateCommand(
                    template.Id,
                    null,
                    "",
                    null,
                    null,
                    "New text",
                    null,
                    null,
                    null,
                    null
                ),
                Ct
            );

        Assert.Equal("Outage", template.Name);
        Assert.Null(template.Group);
        Assert.Equal("Title", template.Title);
        Assert.Equal("New text", template.Description);
        Assert.Equal(IncidentStatus.Identified, template.Status);
        Assert.True(template.Notify);
    }

    [Fact]
    public async Task Update_WhenTemplateIsUnknown_RefusesNamingIt()
    {
        var id = Guid.NewGuid();

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Update()
                .Handle(
                    new UpdateTemplateCommand(
                        id,
                        "x",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null
                    ),
                    Ct
                )
        );

        Assert.Equal($"Template {id} not found.", exception.Message);
    }

    [Fact]
    public async Task Delete_WhenTemplateIsUnknown_ThrowsNotFound()
    {
        var id = Guid.NewGuid();

        var exception = await Assert.ThrowsAsync<NotFoundException>(async () =>
            await new DeleteTemplateCommandHandler(_page.Templates, _page.Caller).Handle(
                new DeleteTemplateCommand(id),
                Ct
            )
        );

        Assert.Equal($"Template {id} not found.", exception.Message);
    }
}
