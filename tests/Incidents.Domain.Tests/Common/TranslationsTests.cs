using Incidents.Domain.Common;
using Incidents.Domain.Pages;

namespace Incidents.Domain.Tests.Common;

public sealed class TranslationsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_WithKnownCodesInAnyCase_LowerCasesAndTrims()
    {
        var translations = Translations.Create(
            new Dictionary<string, string?> { ["DE"] = " Hallo ", ["ja"] = "こんにちは" },
            100,
            "Translations"
        );

        Assert.NotNull(translations);
        Assert.Equal(["de", "ja"], translations.Keys);
        Assert.Equal("Hallo", translations["de"]);
    }

    [Fact]
    public void Create_WithNothing_IsNull()
    {
        Assert.Null(Translations.Create(null, 10, "Translations"));
        Assert.Null(Translations.Create(new Dictionary<string, string?>(), 10, "Translations"));
    }

    [Theory]
    [InlineData(
        "xx",
        "x",
        "Translations: 'xx' is not a supported language (one of: en, de, fr, es, ja)."
    )]
    [InlineData(
        "",
        "x",
        "Translations: '' is not a supported language (one of: en, de, fr, es, ja)."
    )]
    [InlineData("de", "", "Translations: the 'de' text is empty.")]
    [InlineData("de", "12345678901", "Translations: the 'de' text must be at most 10 characters.")]
    public void Create_WithABadEntry_Throws(string code, string text, string message)
    {
        var error = Assert.Throws<DomainException>(() =>
            Translations.Create(
                new Dictionary<string, string?> { [code] = text },
                10,
                "Translations"
            )
        );

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("de", "Hallo")]
    [InlineData("fr", "Hello")]
    [InlineData(null, "Hello")]
    public void Pick_ReturnsTheTranslationElseTheOriginal(string? language, string expected)
    {
        var translations = new Dictionary<string, string> { ["de"] = "Hallo" };

        Assert.Equal(expected, Translations.Pick("Hello", translations, language));
    }

    [Fact]
    public void ChangeDefaultLanguage_ToASupportedOne_StoresItLowerCasedAndRaisesTheEvent()
    {
        var page = StatusPage.Create("acme", "Acme", Now);

        page.ChangeDefaultLanguage("FR", Now);

        Assert.Equal("fr", page.DefaultLanguage);
        var raised = Assert.IsType<PageLanguageChanged>(Assert.Single(page.DomainEvents));
        Assert.Equal("fr", raised.DefaultLanguage);
    }

    [Fact]
    public void ChangeDefaultLanguage_ToAnUnknownOne_ThrowsAndKeepsTheOld()
    {
        var page = StatusPage.Create("acme", "Acme", Now);

        var error = Assert.Throws<DomainException>(() => page.ChangeDefaultLanguage("pt", Now));

        Assert.Equal("DefaultLanguage must be one of: en, de, fr, es, ja.", error.Message);
        Assert.Equal("en", page.DefaultLanguage);
    }
}
