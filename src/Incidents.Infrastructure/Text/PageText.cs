using System.Globalization;
using System.Resources;

namespace Incidents.Infrastructure.Text;

/// <summary>
/// The page's own text — status page, subscription pages, mails — in the supported languages
/// (PageText.resx and PageText.{de,fr,es,ja}.resx), keyed by the English text so a missing
/// translation shows English. The status page reads it through <c>IStringLocalizer&lt;PageText&gt;</c>
/// (the request's culture); mails through <see cref="Get"/> with the subscriber's language.
/// </summary>
public sealed class PageText
{
    private static readonly ResourceManager Resources = new(typeof(PageText));

    private PageText() { }

    public static string Get(string english, CultureInfo culture) =>
        Resources.GetString(english, culture) ?? english;

    public static string Format(CultureInfo culture, string english, params object?[] args) =>
        string.Format(culture, Get(english, culture), args);
}
