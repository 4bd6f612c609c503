namespace Incidents.Domain.Pages;

/// <summary>Who may read a page: everyone, whoever knows its shared password, or listed email addresses and domains.</summary>
public enum PageVisibility
{
    Public = 0,
    Password = 1,
    Restricted = 2,
}
