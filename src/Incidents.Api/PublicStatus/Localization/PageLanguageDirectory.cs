using System.Collections.Concurrent;
using Incidents.Application.PublicStatus.Common;

namespace Incidents.Api.PublicStatus.Localization;

/// <summary>
/// Slug → the page's default language, read once and kept until a page's language changes
/// (<see cref="PageLanguageDirectoryInvalidator"/>, on every instance). Unknown slugs are not kept.
/// </summary>
public sealed class PageLanguageDirectory(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, string> _languages = new(StringComparer.Ordinal);

    public async ValueTask<string?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        if (_languages.TryGetValue(slug, out var language))
        {
            return language;
        }

        await using var scope = scopes.CreateAsyncScope();
        var page = await scope
            .ServiceProvider.GetRequiredService<IPublicStatusReader>()
            .FindPageAsync(slug, cancellationToken);
        if (page is null)
        {
            return null;
        }

        _languages[slug] = page.DefaultLanguage;
        return page.DefaultLanguage;
    }

    public void Invalidate() => _languages.Clear();
}
