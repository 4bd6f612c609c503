using System.Globalization;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Components;
using Incidents.Domain.Templates;

namespace Incidents.Application.Templates.Common;

/// <summary>
/// What a template contributes to a command that uses it: its components that still exist, and
/// its Title and Description with the placeholders filled in. The request's own fields win over
/// all of it (the handlers merge); request text is never treated as a template.
/// </summary>
public sealed class TemplatePrefill(IComponentRepository components, ICurrentCaller caller)
{
    /// <summary>The template's components that are still on the page (one deleted since the template was saved is left out).</summary>
    public async Task<IReadOnlyList<Guid>> ExistingComponentsAsync(
        Template template,
        CancellationToken cancellationToken
    )
    {
        if (template.AffectedComponentIds.Count == 0)
        {
            return [];
        }

        var found = await components.ListAsync(
            caller.PageId,
            template.AffectedComponentIds.ToList(),
            cancellationToken
        );
        var existing = found.Select(c => c.Id).ToHashSet();
        return template.AffectedComponentIds.Where(existing.Contains).ToList();
    }

    /// <summary>The names of the components, in the given order, comma-separated: the value of {{component}}.</summary>
    public async Task<string> ComponentNamesAsync(
        IReadOnlyCollection<Guid> componentIds,
        CancellationToken cancellationToken
    )
    {
        if (componentIds.Count == 0)
        {
            return string.Empty;
        }

        var found = (
            await components.ListAsync(caller.PageId, componentIds, cancellationToken)
        ).ToDictionary(c => c.Id, c => c.Name);
        return string.Join(
            ", ",
            componentIds.Distinct().Where(found.ContainsKey).Select(id => found[id])
        );
    }

    /// <summary>The value of {{started_at}} and {{ends_at}}: UTC, to the minute, the same for every reader.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string? Render(string? text, IReadOnlyDictionary<string, string> values) =>
        text is null ? null : TemplatePlaceholders.Render(text, values);
}
