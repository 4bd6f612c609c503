using System.Xml.Linq;
using Incidents.Api.Tests.Deployment;

namespace Incidents.Api.Tests.Localization;

/// <summary>
/// The resource compiler drops a name that differs from another only by case (MSB3568, a warning
/// only), and the lookup then falls back to the English key on every other language: "resolved"
/// beside "Resolved" showed English words on the German page. Every language has every text.
/// </summary>
public sealed class PageTextResourcesTests
{
    private static readonly string Folder = RepositoryFiles.PathOf(
        Path.Combine("src", "Incidents.Infrastructure", "Text")
    );

    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(Folder, "PageText*.resx").Select(Path.GetFileName).OfType<string>());

    private static List<string> Names(string file) =>
        XDocument
            .Load(Path.Combine(Folder, file))
            .Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!)
            .ToList();

    [Theory]
    [MemberData(nameof(Files))]
    public void Names_AreUnique_IgnoringCase(string file)
    {
        var clashes = Names(file)
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g))
            .ToList();

        Assert.Empty(clashes);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryLanguage_HasTheNamesOfTheNeutralFile(string file)
    {
        var neutral = Names("PageText.resx").ToHashSet(StringComparer.Ordinal);

        Assert.Equal(
            neutral.Order(StringComparer.Ordinal),
            Names(file).Order(StringComparer.Ordinal)
        );
    }
}
