using Incidents.Domain.Pages;

namespace Incidents.Api.PublicStatus.Access;

/// <summary>The sign-in page: which form to show, where to go back to, and what happened. Never the page's name.</summary>
public sealed record SignInViewModel(
    string Slug,
    PageVisibility Visibility,
    string ReturnUrl,
    string? Error = null,
    string? Notice = null
);
