namespace Incidents.Application.Pages.Common;

/// <summary>Hashes and checks a page's shared password (a maintained password-hashing implementation, ADR 0120).</summary>
public interface IPagePasswordHasher
{
    string Hash(string password);

    bool Verify(string hash, string password);
}
