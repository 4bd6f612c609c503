using System.Diagnostics.CodeAnalysis;

// Playwright's calls take no CancellationToken, so a browser test cannot pass the test's token
// on; its Timeout still ends the test (xunit abandons it) — which is all the timeout is for.
[assembly: SuppressMessage(
    "xUnit",
    "xUnit1069",
    Scope = "namespaceanddescendants",
    Target = "~N:Incidents.Api.Tests.OperatorConsole",
    Justification = "Browser tests: Playwright takes no token; see BrowserTest.TimeoutMs."
)]
[assembly: SuppressMessage(
    "xUnit",
    "xUnit1069",
    Scope = "namespaceanddescendants",
    Target = "~N:Incidents.Api.Tests.StatusPage",
    Justification = "Browser tests: Playwright takes no token; see BrowserTest.TimeoutMs."
)]
[assembly: SuppressMessage(
    "xUnit",
    "xUnit1069",
    Scope = "namespaceanddescendants",
    Target = "~N:Incidents.Api.Tests.PrivatePages",
    Justification = "Browser tests: Playwright takes no token; see BrowserTest.TimeoutMs."
)]

namespace Incidents.Api.Tests.Infrastructure;

/// <summary>Settings every real-browser test shares.</summary>
public static class BrowserTest
{
    /// <summary>
    /// A browser test that waits on an event that never comes fails after this many milliseconds
    /// instead of holding the whole run until CI's limit (a stalled Playwright call has no timeout
    /// of its own). Generous: the slowest, the accessibility sweep, takes about a minute under load.
    /// </summary>
    public const int TimeoutMs = 300_000;
}
