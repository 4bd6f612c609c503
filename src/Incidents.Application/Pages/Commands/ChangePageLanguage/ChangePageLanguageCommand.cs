using Mediator;

namespace Incidents.Application.Pages.Commands.ChangePageLanguage;

/// <summary>
/// Sets the page's default language (en, de, fr, es, ja): its own text for visitors who ask for
/// none of them, and new subscribers' mails. <paramref name="PageSlug"/>: the page an operator
/// names (CLI); null for the caller's own page (admin API). Returns the stored code.
/// </summary>
public sealed record ChangePageLanguageCommand(string? PageSlug, string? DefaultLanguage)
    : ICommand<string>;
