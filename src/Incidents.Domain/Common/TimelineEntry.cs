namespace Incidents.Domain.Common;

/// <summary>
/// One entry of a timeline (an incident's or a maintenance's): the text posted, whether it was
/// notified, when. Entries are appended; an owner may offer a correction of the text
/// (<see cref="ReplaceDescription"/>). Each owner adds its own id and status.
/// </summary>
public abstract class TimelineEntry : Entity
{
    protected TimelineEntry() { }

    protected TimelineEntry(
        string description,
        bool notify,
        DateTimeOffset createdAt,
        IReadOnlyDictionary<string, string>? translations = null
    )
    {
        Id = Guid.CreateVersion7(createdAt);
        Description = description;
        Translations = translations;
        Notify = notify;
        CreatedAt = createdAt;
    }

    public string Description { get; private set; } = string.Empty;

    /// <summary>The description in other languages (language code → text), or null; see <see cref="Common.Translations"/>.</summary>
    public IReadOnlyDictionary<string, string>? Translations { get; private set; }

    public bool Notify { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    protected void ReplaceDescription(string description) => Description = description;
}
