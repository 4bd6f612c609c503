using Incidents.Api.OpenApi;

namespace Incidents.Api.Models.Pages;

public sealed class PageLanguageModel
{
    /// <summary>The page's default language: en, de, fr, es or ja.</summary>
    [ContractRequired]
    public string? DefaultLanguage { get; set; }
}
