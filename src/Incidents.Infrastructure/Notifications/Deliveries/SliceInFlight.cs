namespace Incidents.Infrastructure.Notifications.Deliveries;

/// <summary>
/// A handed-over slice whose deliveries have no rows yet (ADR 0184), as its sender tracks it:
/// the saver stores each delivery with its outcome and deletes the slice's row with the last.
/// Only the saver (one loop) counts, so the count needs no lock.
/// </summary>
internal sealed class SliceInFlight(Guid id, string token, int count)
{
    /// <summary>The <see cref="Persistence.Deliveries.HandedOverSlice"/> row's id.</summary>
    public Guid Id => id;

    /// <summary>The claim token the row is leased with; its delete applies only while it is still this one.</summary>
    public string Token => token;

    /// <summary>Outcomes not stored yet.</summary>
    public int Left { get; private set; } = count;

    /// <summary>Counts outcomes whose save has committed.</summary>
    public void Stored(int outcomes) => Left -= outcomes;
}
