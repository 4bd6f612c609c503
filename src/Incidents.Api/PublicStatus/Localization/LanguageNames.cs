namespace Incidents.Api.PublicStatus.Localization;

/// <summary>Each supported language named in itself, for the switcher.</summary>
public static class LanguageNames
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("en", "English"),
        ("de", "Deutsch"),
        ("fr", "Français"),
        ("es", "Español"),
        ("ja", "日本語"),
    ];
}
