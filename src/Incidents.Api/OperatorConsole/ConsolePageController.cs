using Incidents.Api.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// What every console controller of one page shares: the console's cookie scheme with at least
/// the Read role on the page (a controller adds a stricter policy of its own, e.g. Admin — both
/// must pass), antiforgery on every unsafe method, no OpenAPI entry, and the page access the
/// console resolved for the request (its layout reads it from ViewData).
/// </summary>
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = ConsoleAuth.Scheme, Policy = ApiPolicies.Read)]
public abstract class ConsolePageController : Controller
{
    /// <summary>The page and the user's role on it, resolved before the action runs.</summary>
    protected ConsolePageAccess Access =>
        HttpContext.Items[typeof(ConsolePageAccess)] as ConsolePageAccess
        ?? throw new InvalidOperationException("The console's page access was not resolved.");

    public override void OnActionExecuting(ActionExecutingContext context) =>
        ViewData["Access"] = HttpContext.Items[typeof(ConsolePageAccess)];
}
