namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Which form field an admin-API message concerns, by the field name it starts with ("Title is
/// required.", "Impact must be one of…", "AffectedComponents contains…"), so the console shows the
/// API's exact words next to that field; anything else is shown above the form.
/// </summary>
internal static class ConsoleErrorFields
{
    private static readonly (string Prefix, string Field)[] Prefixes =
    [
        ("Title", "Title"),
        ("Description", "Description"),
        ("Status", "Status"),
        ("Impact", "Impact"),
        ("AffectedComponents", "Components"),
        ("Affected component", "Components"),
        ("Component", "Components"),
        ("Template", "TemplateId"),
        ("ScheduledFor", "ScheduledFor"),
        ("ScheduledUntil", "ScheduledUntil"),
        ("TimeZone", "TimeZone"),
        ("Body", "Body"),
        ("Email", "Email"),
        ("Role", "Role"),
    ];

    public static string FieldOf(string message)
    {
        foreach (var (prefix, field) in Prefixes)
        {
            if (message.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }

        return string.Empty;
    }
}
