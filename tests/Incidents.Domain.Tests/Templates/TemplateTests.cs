using Incidents.Domain.Common;
using Incidents.Domain.Incidents;
using Incidents.Domain.Templates;

namespace Incidents.Domain.Tests.Templates;

public class TemplateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static Template Create(
        string? title = "{{component}} is degraded",
        string? description = "Since {{started_at}} {{ component }} answers slowly.",
        TemplateKind kind = TemplateKind.Incident,
        IncidentStatus? status = IncidentStatus.Identified,
        IncidentImpact? impact = IncidentImpact.DegradedPerformance
    ) =>
        Template.Create(
            Guid.NewGuid(),
            "  Slow API  ",
            "  Backend ",
            kind,
            title,
            description,
            status,
            impact,
            [Guid.Empty, Guid.Empty],
            true,
            Now
        );

    [Fact]
    public void Create_WhenValid_KeepsTrimmedValues()
    {
        var template = Create();

        Assert.Equal("Slow API", template.Name);
        Assert.Equal("Backend", template.Group);
        Assert.Equal(TemplateKind.Incident, template.Kind);
        Assert.Equal(IncidentStatus.Identified, template.Status);
        Assert.Single(template.AffectedComponentIds);
        Assert.True(template.Notify);
        Assert.Equal(Now, template.CreatedAt);
    }

    [Fact]
    public void Create_WhenDescriptionHasUnknownPlaceholder_RefusesNamingIt()
    {
        var exception = Assert.Throws<DomainException>(() =>
            Create(description: "Hello {{customer_name}}")
        );

        Assert.Equal(
            "Unknown placeholder {{customer_name}} in Description. Known placeholders: {{component}}, {{started_at}}, {{status}}, {{impact}}.",
            exception.Message
        );
    }

    [Fact]
    public void Create_WhenTitleHasPlaceholderOfAnotherKind_RefusesNamingIt()
    {
        var exception = Assert.Throws<DomainException>(() => Create(title: "Until {{ends_at}}"));

        Assert.Equal(
            "Unknown placeholder {{ends_at}} in Title. Known placeholders: {{component}}, {{started_at}}, {{status}}, {{impact}}.",
            exception.Message
        );
    }

    [Fact]
    public void Create_WhenMaintenanceTemplateUsesEndsAt_Accepts()
    {
        var template = Create(
            title: "Work on {{component}}",
            description: "From {{started_at}} to {{ends_at}}.",
            kind: TemplateKind.Maintenance,
            status: null,
            impact: null
        );

        Assert.Equal(TemplateKind.Maintenance, template.Kind);
    }

    [Fact]
    public void Create_WhenMaintenanceTemplateHasStatus_Refuses()
    {
        var exception = Assert.Throws<DomainException>(() =>
            Create(kind: TemplateKind.Maintenance, impact: null)
        );

        Assert.Equal(Template.StatusOnlyForIncidentsMessage, exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WhenNameIsBlank_Refuses(string name)
    {
        var exception = Assert.Throws<DomainException>(() =>
            Template.Create(
                Guid.NewGuid(),
                name,
                null,
                TemplateKind.Incident,
                null,
                null,
                null,
                null,
                [],
                null,
                Now
            )
        );

        Assert.Equal("Name is required.", exception.Message);
    }

    [Fact]
    public void Change_WhenValid_ReplacesFieldsAndVersion()
    {
        var template = Create();
        var version = template.Version;

        template.Change(
            "Other",
            null,
            TemplateKind.Incident,
            "t",
            null,
            null,
            IncidentImpact.MajorOutage,
            [],
            null,
            Now.AddHours(1)
        );

        Assert.Equal("Other", template.Name);
        Assert.Null(template.Group);
        Assert.Null(template.Description);
        Assert.Null(template.Status);
        Assert.Equal(IncidentImpact.MajorOutage, template.Impact);
        Assert.Empty(template.AffectedComponentIds);
        Assert.Null(template.Notify);
        Assert.Equal(Now.AddHours(1), template.UpdatedAt);
        Assert.NotEqual(version, template.Version);
    }

    [Fact]
    public void Change_WhenPlaceholderIsUnknown_RefusesAndKeepsTheTemplate()
    {
        var template = Create();

        Assert.Throws<DomainException>(() =>
            template.Change(
                "Other",
                null,
                TemplateKind.Incident,
                "{{nope}}",
                null,
                null,
                null,
                [],
                null,
                Now
            )
        );

        Assert.Equal("Slow API", template.Name);
    }
}
