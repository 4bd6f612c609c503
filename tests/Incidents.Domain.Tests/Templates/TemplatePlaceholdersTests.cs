using Incidents.Domain.Templates;

namespace Incidents.Domain.Tests.Templates;

public class TemplatePlaceholdersTests
{
    [Theory]
    [InlineData("No placeholder at all", null)]
    [InlineData("{{component}} and {{ started_at }}", null)]
    [InlineData("{{Component}}", "Component")]
    [InlineData("{{ }}", "")]
    [InlineData("{{a}}{{component}}", "a")]
    [InlineData("single { braces } and {{ unclosed", null)]
    public void FirstUnknown_ForIncidentKind_FindsTheFirstUnknownName(string text, string? unknown)
    {
        Assert.Equal(unknown, TemplatePlaceholders.FirstUnknown(text, TemplateKind.Incident));
    }

    [Fact]
    public void Render_WhenValueContainsAPlaceholder_DoesNotExpandItAgain()
    {
        var values = new Dictionary<string, string>
        {
            [TemplatePlaceholders.Component] = "{{started_at}} <b>x</b>",
            [TemplatePlaceholders.StartedAt] = "2026-11-01 08:00 UTC",
        };

        var rendered = TemplatePlaceholders.Render("{{component}} since {{ started_at }}", values);

        Assert.Equal("{{started_at}} <b>x</b> since 2026-11-01 08:00 UTC", rendered);
    }

    [Fact]
    public void Render_WhenValueIsMissing_RendersEmptyText()
    {
        Assert.Equal(
            "[]",
            TemplatePlaceholders.Render("[{{impact}}]", new Dictionary<string, string>())
        );
    }
}
