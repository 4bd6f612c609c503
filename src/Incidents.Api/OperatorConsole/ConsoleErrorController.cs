using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// The page the status-code pages of /admin re-execute for an error answered without a body
/// (unknown route, no role on the page, an expired form…): any method, since a POST is re-executed
/// as a POST. Reads the session only to show the signed-in layout.
/// </summary>
[Route("admin/_error/{status:int}")]
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = ConsoleAuth.Scheme)]
[AllowAnonymous]
public sealed class ConsoleErrorController : Controller
{
    [Route("")]
    public IActionResult Show(int status) =>
        ConsoleErrorPage.Result(HttpContext, status is >= 400 and < 600 ? status : 404);
}
