using Incidents.Domain.Common;
using Incidents.Domain.Incidents;

namespace Incidents.Domain.Tests.Incidents;

public class IncidentCorrectionAndDeleteTests
{
    private static readonly DateTimeOffset Later = IncidentBuilder.OpenedAt.AddHours(2);

    [Fact]
    public void CorrectUpdate_WhenFound_ReplacesTextKeepsStatusAndRecordedTimeReturnsPrevious()
    {
        var incident = IncidentBuilder.Open(description: "Typo hre.");
        var update = incident.Updates[0];
        incident.ClearDomainEvents();
        var shown = IncidentBuilder.OpenedAt.AddMinutes(-5);

        var previous = incident.CorrectUpdate(update.Id, " Typo here. ", shown, Later);

        Assert.Equal("Typo hre.", previous);
        Assert.Equal("Typo here.", update.Description);
        Assert.Equal(IncidentBuilder.OpenedAt, update.CreatedAt);
        Assert.Equal(shown, update.ShownAt);
        Assert.Equal(Later, update.EditedAt);
        Assert.Equal(IncidentStatus.Investigating, update.Status);
        Assert.Equal(Later, incident.UpdatedAt);
        var corrected = Assert.IsType<IncidentUpdateCorrected>(
            Assert.Single(incident.DomainEvents)
        );
        Assert.Equal(update.Id, corrected.UpdateId);
    }

    [Fact]
    public void CorrectUpdate_OnAResolvedIncident_IsAllowed()
    {
        var incident = IncidentBuilder.Open();
        incident.Resolve(null, null, IncidentBuilder.OpenedAt.AddHours(1));

        incident.CorrectUpdate(incident.Updates[^1].Id, "Resolved by a rollback.", null, Later);

        Assert.Equal("Resolved by a rollback.", incident.Updates[^1].Description);
        Assert.Null(incident.Updates[^1].DisplayAt);
    }

    [Fact]
    public void CorrectUpdate_WhenUpdateIsUnknown_ThrowsUpdateNotFound()
    {
        var incident = IncidentBuilder.Open();

        var error = Assert.Throws<DomainException>(() =>
            incident.CorrectUpdate(Guid.NewGuid(), "Text", null, Later)
        );

        Assert.Equal("Update ID not found.", error.Message);
    }

    [Fact]
    public void CorrectUpdate_WhenDisplayAtIsInTheFuture_Throws()
    {
        var incident = IncidentBuilder.Open();

        var error = Assert.Throws<DomainException>(() =>
            incident.CorrectUpdate(incident.Updates[0].Id, "Text", Later.AddSeconds(1), Later)
        );

        Assert.Equal("DisplayAt must not be in the future.", error.Message);
    }

    [Fact]
    public void Delete_RaisesIncidentDeletedAndMarksItDeleted()
    {
        var component = Guid.NewGuid();
        var incident = IncidentBuilder.Open(title: "Gone", affectedComponentIds: [component]);
        incident.ClearDomainEvents();

        incident.Delete(Later);

        Assert.True(incident.IsDeleted);
        var deleted = Assert.IsType<IncidentDeleted>(Assert.Single(incident.DomainEvents));
        Assert.Equal("Gone", deleted.Title);
        Assert.Equal([component], deleted.AffectedComponentIds);
    }
}
