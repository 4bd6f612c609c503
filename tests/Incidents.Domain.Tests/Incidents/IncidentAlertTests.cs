using Incidents.Domain.Incidents;

namespace Incidents.Domain.Tests.Incidents;

/// <summary>What alert automation may do to an incident: clear only what it still owns; publish.</summary>
public class IncidentAlertTests
{
    private static readonly DateTimeOffset Later = IncidentBuilder.OpenedAt.AddMinutes(10);

    [Fact]
    public void ClearAlerts_WhenUntouchedAndComplete_Resolves()
    {
        var incident = IncidentBuilder.Open(externalId: "am:x");

        var update = incident.ClearAlerts(complete: true, null, Later);

        Assert.True(incident.IsResolved);
        Assert.Equal(Incident.AlertsResolvedDescription, update!.Description);
        Assert.IsType<IncidentResolved>(incident.DomainEvents.Last());
    }

    [Fact]
    public void ClearAlerts_AfterAManualUpdate_PostsAlertsClearedAndStaysOpen()
    {
        var incident = IncidentBuilder.Open(externalId: "am:x");
        incident.PostUpdate("Looking.", IncidentStatus.Identified, null, null, null, Later);

        var update = incident.ClearAlerts(complete: true, null, Later.AddMinutes(1));

        Assert.False(incident.IsResolved);
        Assert.Equal(Incident.AlertsClearedDescription, update!.Description);
        Assert.Equal(IncidentStatus.Identified, incident.Status);
    }

    [Fact]
    public void ClearAlerts_WhenTruncated_StaysOpen()
    {
        var incident = IncidentBuilder.Open(externalId: "am:x");

        incident.ClearAlerts(complete: false, null, Later);

        Assert.False(incident.IsResolved);
    }

    [Fact]
    public void ClearAlerts_Repeated_ChangesNothing()
    {
        var incident = IncidentBuilder.Open(externalId: "am:x");
        incident.ClearAlerts(complete: false, null, Later);
        var updates = incident.Updates.Count;

        var again = incident.ClearAlerts(
            complete: false,
            Incident.AlertsClearedDescription,
            Later.AddMinutes(1)
        );

        Assert.Null(again);
        Assert.Equal(updates, incident.Updates.Count);
    }

    [Fact]
    public void Open_Unpublished_IsNeverNotified()
    {
        var incident = Incident.Open(
            Guid.NewGuid(),
            "API down",
            "1 alert firing: ApiDown.",
            IncidentStatus.Investigating,
            IncidentImpact.MajorOutage,
            [],
            notify: true,
            IncidentBuilder.OpenedAt,
            "am:x",
            publish: false
        );
        incident.PostUpdate("Still firing.", null, null, null, notify: true, Later);

        Assert.False(incident.IsPublished);
        Assert.All(incident.Updates, u => Assert.False(u.Notify));
        Assert.False(((IncidentOpened)incident.DomainEvents.First()).Notify);
    }

    [Fact]
    public void PostUpdate_WithPublish_PublishesAndNotifies()
    {
        var incident = Incident.Open(
            Guid.NewGuid(),
            "API down",
            "1 alert firing: ApiDown.",
            IncidentStatus.Investigating,
            IncidentImpact.MajorOutage,
            [],
            notify: true,
            IncidentBuilder.OpenedAt,
            "am:x",
            publish: false
        );

        var update = incident.PostUpdate(
            "Confirmed.",
            null,
            null,
            null,
            null,
            Later,
            publish: true
        );

        Assert.True(incident.IsPublished);
        Assert.True(update.Notify);
        Assert.True(((IncidentUpdated)incident.DomainEvents.Last()).Notify);
    }
}
