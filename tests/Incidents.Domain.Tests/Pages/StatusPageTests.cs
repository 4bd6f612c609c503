using Incidents.Domain.Common;
using Incidents.Domain.Pages;

namespace Incidents.Domain.Tests.Pages;

public class StatusPageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("default")]
    [InlineData("a")]
    [InlineData("acme-status-2")]
    [InlineData("9lives")]
    public void Create_WhenSlugIsValid_CreatesPage(string slug)
    {
        var page = StatusPage.Create(slug, "  Acme  ", Now);

        Assert.Equal(slug, page.Slug);
        Assert.Equal("Acme", page.Name);
        Assert.Equal(Now, page.CreatedAt);
    }

    [Fact]
    public void Create_WhenSlugIs64Characters_CreatesPage()
    {
        var slug = new string('a', StatusPage.SlugMaxLength);

        var page = StatusPage.Create(slug, "Acme", Now);

        Assert.Equal(slug, page.Slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Acme")]
    [InlineData("-acme")]
    [InlineData("acme status")]
    [InlineData("acme_status")]
    [InlineData("acmé")]
    [InlineData("acme\n")]
    public void Create_WhenSlugIsInvalid_ThrowsDomainException(string slug)
    {
        var exception = Assert.Throws<DomainException>(() => StatusPage.Create(slug, "Acme", Now));

        Assert.StartsWith("Slug must be", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WhenSlugIsLongerThan64Characters_ThrowsDomainException()
    {
        Assert.Throws<DomainException>(() =>
            StatusPage.Create(new string('a', StatusPage.SlugMaxLength + 1), "Acme", Now)
        );
    }

    [Fact]
    public void Create_WhenNameIsBlank_ThrowsDomainException()
    {
        var exception = Assert.Throws<DomainException>(() => StatusPage.Create("acme", " ", Now));

        Assert.Equal("Name is required.", exception.Message);
    }

    [Fact]
    public void Rename_WhenNameIsTooLong_ThrowsAndKeepsName()
    {
        var page = StatusPage.Create("acme", "Acme", Now);

        Assert.Throws<DomainException>(() =>
            page.Rename(new string('n', StatusPage.NameMaxLength + 1))
        );

        Assert.Equal("Acme", page.Name);
    }
}
