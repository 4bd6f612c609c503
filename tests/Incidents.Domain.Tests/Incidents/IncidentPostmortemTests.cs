using Incidents.Domain.Common;
using Incidents.Domain.Incidents;

namespace Incidents.Domain.Tests.Incidents;

/// <summary>The postmortem cycle: draft (resolved only) → publish (notify or not) → revert → publish again.</summary>
public class IncidentPostmortemTests
{
    private static readonly DateTimeOffset Later = IncidentBuilder.OpenedAt.AddHours(2);

    private static Incident Resolved()
    {
        var incident = IncidentBuilder.Open();
        incident.Resolve(null, null, IncidentBuilder.OpenedAt.AddHours(1));
        incident.ClearDomainEvents();
        return incident;
    }

    [Fact]
    public void WritePostmortem_WhenOpen_ThrowsOnlyResolved()
    {
        var incident = IncidentBuilder.Open();

        var error = Assert.Throws<DomainException>(() => incident.WritePostmortem("Why", Later));

        Assert.Equal("Only a resolved incident can have a postmortem.", error.Message);
        Assert.Null(incident.PostmortemDraft);
    }

    [Fact]
    public void WritePostmortem_WhenResolved_KeepsDraftUnpublishedAndRaisesDrafted()
    {
        var incident = Resolved();

        incident.WritePostmortem("  # What happened  ", Later);

        Assert.Equal("# What happened", incident.PostmortemDraft);
        Assert.Null(incident.PostmortemPublished);
        Assert.Null(incident.PostmortemPublishedAt);
        Assert.IsType<IncidentPostmortemDrafted>(Assert.Single(incident.DomainEvents));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void WritePostmortem_WhenBlank_ThrowsBodyRequired(string body)
    {
        var incident = Resolved();

        var error = Assert.Throws<DomainException>(() => incident.WritePostmortem(body, Later));

        Assert.Equal("Body is required.", error.Message);
    }

    [Fact]
    public void PublishPostmortem_WithoutDraft_ThrowsNoDraft()
    {
        var incident = Resolved();

        var error = Assert.Throws<DomainException>(() => incident.PublishPostmortem(true, Later));

        Assert.Equal("There is no postmortem draft to publish.", error.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PublishPostmortem_WithDraft_PublishesAndRaisesEventWithNotifyChoice(bool notify)
    {
        var componentId = Guid.NewGuid();
        var incident = IncidentBuilder.Open(affectedComponentIds: [componentId]);
        incident.Resolve(null, null, IncidentBuilder.OpenedAt.AddHours(1));
        incident.WritePostmortem("Root cause: a full disk.", Later);
        incident.ClearDomainEvents();

        incident.PublishPostmortem(notify, Later.AddMinutes(5));

        Assert.Equal("Root cause: a full disk.", incident.PostmortemPublished);
        Assert.Equal(Later.AddMinutes(5), incident.PostmortemPublishedAt);
        var published = Assert.IsType<IncidentPostmortemPublished>(
            Assert.Single(incident.DomainEvents)
        );
        Assert.Equal(notify, published.Notify);
        Assert.Equal("Root cause: a full disk.", published.Postmortem);
        Assert.Equal([componentId], published.AffectedComponentIds);
    }

    [Fact]
    public void RevertPostmortem_WhenPublished_UnpublishesAndKeepsDraft()
    {
        var incident = Resolved();
        incident.WritePostmortem("Text", Later);
        incident.PublishPostmortem(false, Later);
        incident.ClearDomainEvents();

        incident.RevertPostmortem(Later.AddMinutes(1));

        Assert.Null(incident.PostmortemPublished);
        Assert.Null(incident.PostmortemPublishedAt);
        Assert.Equal("Text", incident.PostmortemDraft);
        Assert.IsType<IncidentPostmortemReverted>(Assert.Single(incident.DomainEvents));
    }

    [Fact]
    public void RevertPostmortem_WhenNotPublished_ThrowsNotPublished()
    {
        var incident = Resolved();
        incident.WritePostmortem("Text", Later);

        var error = Assert.Throws<DomainException>(() => incident.RevertPostmortem(Later));

        Assert.Equal("The postmortem is not published.", error.Message);
    }

    [Fact]
    public void WritePostmortem_AfterPublishing_ChangesDraftOnlyUntilPublishedAgain()
    {
        var incident = Resolved();
        incident.WritePostmortem("First", Later);
        incident.PublishPostmortem(false, Later);

        incident.WritePostmortem("Second", Later.AddMinutes(1));

        Assert.Equal("First", incident.PostmortemPublished);
        incident.PublishPostmortem(false, Later.AddMinutes(2));
        Assert.Equal("Second", incident.PostmortemPublished);
    }
}
