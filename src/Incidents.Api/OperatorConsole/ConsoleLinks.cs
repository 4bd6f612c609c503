namespace Incidents.Api.OperatorConsole;

/// <summary>Absolute console links (CLI output, invitation emails).</summary>
public static class ConsoleLinks
{
    /// <summary>Console:PublicUrl, else PublicBaseUrl, else the first listen address, else the default one.</summary>
    public static string Origin(ConsoleOptions options, IConfiguration configuration)
    {
        var origin = options.PublicUrl;
        if (string.IsNullOrWhiteSpace(origin))
        {
            origin = configuration["PublicBaseUrl"];
        }

        if (string.IsNullOrWhiteSpace(origin))
        {
            origin = configuration["urls"]?.Split(';')[0];
        }

        return (string.IsNullOrWhiteSpace(origin) ? IncidentsApiSetup.DefaultUrl : origin).TrimEnd(
            '/'
        );
    }

    public static string SignInLink(string origin, Guid userId, string token) =>
        $"{origin}/admin/signin/link?user={userId}&token={Uri.EscapeDataString(token)}";

    /// <summary>The invitation page; the invite command appends the user and the token.</summary>
    public static string InviteLinkBase(string origin) => $"{origin}/admin/invite";
}
