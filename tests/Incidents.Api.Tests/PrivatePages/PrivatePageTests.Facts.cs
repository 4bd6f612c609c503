using System.Net;
using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.PrivatePages;

public abstract partial class PrivatePageTests
{
    [Fact]
    public async Task PasswordPage_EveryRoute_AnonymousGetsSignInOr401_WithNothingOfThePage()
    {
        var seeded = await SeedAsync(PasswordAccess());

        await AssertNoAccessAsync(seeded, _fixture.CreateVisitor());
    }

    [Fact]
    public async Task PasswordPage_AnonymousAnswers_AreTheSameForAnExistingAndAnUnknownIncident()
    {
        var seeded = await SeedAsync(PasswordAccess());
        var visitor = _fixture.CreateVisitor();

        foreach (
            var prefix in new[] { "/status/{0}/incidents/{1}", "/api/public/{0}/incidents/{1}" }
        )
        {
            var known = await GetAsync(
                visitor,
                string.Format(null, prefix, seeded.Page.Slug, seeded.IncidentId)
            );
            var unknown = await GetAsync(
                visitor,
                string.Format(null, prefix, seeded.Page.Slug, Guid.NewGuid())
            );

            Assert.Equal(known.Status, unknown.Status);
            Assert.Equal(known.Body, unknown.Body);
        }
    }

    [Fact]
    public async Task PasswordPage_WithSession_EveryRouteAnswers()
    {
        var seeded = await SeedAsync(PasswordAccess());
        var visitor = _fixture.CreateVisitor();

        var (signedIn, session) = await SignInAsync(visitor, seeded.Page.Slug, Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal($"/status/{seeded.Page.Slug}", signedIn.Headers.Location?.OriginalString);
        Assert.NotNull(session);
        await AssertAccessAsync(seeded, visitor, session);
    }

    [Fact]
    public async Task PasswordPage_SignIn_GoesBackToTheLocalReturnUrlOnly()
    {
        var seeded = await SeedAsync(PasswordAccess());
        var visitor = _fixture.CreateVisitor();
        var back = $"/status/{seeded.Page.Slug}/history";

        var (local, _) = await SignInAsync(visitor, seeded.Page.Slug, Password, back);
        var (foreign, _) = await SignInAsync(
            visitor,
            seeded.Page.Slug,
            Password,
            "//evil.example/"
        );

        Assert.Equal(back, local.Headers.Location?.OriginalString);
        Assert.Equal($"/status/{seeded.Page.Slug}", foreign.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SessionOfAnotherPage_OpensNothingOnThisPage()
    {
        var seeded = await SeedAsync(PasswordAccess());
        var other = await SeedAsync(PasswordAccess("another page's password"));
        var visitor = _fixture.CreateVisitor();
        var (_, otherSession) = await SignInAsync(
            visitor,
            other.Page.Slug,
            "another page's password"
        );
        Assert.NotNull(otherSession);
        var value = otherSession.Split('=', 2)[1];

        // As a browser sends it (the other page's cookie), and renamed to this page's cookie.
        await AssertNoAccessAsync(seeded, visitor, otherSession);
        await AssertNoAccessAsync(
            seeded,
            visitor,
            $"incidents_page_{seeded.Page.PageId:N}={value}"
        );
        // The same password does not carry over either.
        var (_, wrongPage) = await SignInAsync(
            visitor,
            seeded.Page.Slug,
            "another page's password"
        );
        Assert.Null(wrongPage);
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnlyLaxSevenDays_AndSecureOnlyOverHttps()
    {
        var seeded = await SeedAsync(PasswordAccess());

        var (overHttp, _) = await SignInAsync(_fixture.CreateVisitor(), seeded.Page.Slug, Password);
        var (overHttps, _) = await SignInAsync(
            _fixture.CreateVisitor(baseAddress: "https://localhost"),
            seeded.Page.Slug,
            Password
        );

        var http = SetCookieHeader(overHttp)!.ToLowerInvariant();
        var https = SetCookieHeader(overHttps)!.ToLowerInvariant();
        foreach (var cookie in new[] { http, https })
        {
            Assert.StartsWith(
                $"incidents_page_{seeded.Page.PageId:N}=",
                cookie,
                StringComparison.Ordinal
            );
            Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
            Assert.Contains("; samesite=lax", cookie, StringComparison.Ordinal);
            Assert.Contains("; path=/", cookie, StringComparison.Ordinal);
            Assert.Contains("; max-age=604800", cookie, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("; secure", http, StringComparison.Ordinal);
        Assert.Contains("; secure", https, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_ExpiresAfterSevenDays_AndEndsWhenThePasswordChanges()
    {
        var seeded = await SeedAsync(PasswordAccess());
        var visitor = _fixture.CreateVisitor();
        var (_, session) = await SignInAsync(visitor, seeded.Page.Slug, Password);
        var (_, second) = await SignInAsync(visitor, seeded.Page.Slug, Password);
        var page = $"/status/{seeded.Page.Slug}";

        var fresh = await GetAsync(visitor, page, session);
        var changed = await seeded.Page.Http.PutJsonAsync(
            "/api/admin/Page/Access",
            PasswordAccess("a brand new password")
        );
        var afterChange = await GetAsync(visitor, page, session);
        var (_, renewed) = await SignInAsync(visitor, seeded.Page.Slug, "a brand new password");
        _fixture.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var afterAWeek = await GetAsync(visitor, page, renewed);
        Assert.NotNull(second);

        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        Assert.True(changed.Success, changed.Raw);
        Assert.Equal(HttpStatusCode.Redirect, afterChange.Status);
        Assert.Equal(HttpStatusCode.Redirect, afterAWeek.Status);
    }

    /// <summary>The check runs before the snapshot: what a signed-in visitor had cached is never served to anyone else.</summary>
    [Fact]
    public async Task CachedPrivatePage_IsNotServedToAnAnonymousRequest()
    {
        var seeded = await SeedAsync(PasswordAccess());
        var visitor = _fixture.CreateVisitor();
        var (_, session) = await SignInAsync(visitor, seeded.Page.Slug, Password);
        var paths = new[]
        {
            $"/status/{seeded.Page.Slug}",
            $"/api/public/{seeded.Page.Slug}/summary",
            $"/status/{seeded.Page.Slug}/api/v2/summary.json",
            $"/status/{seeded.Page.Slug}/badge.svg",
        };

        foreach (var path in paths)
        {
            await GetAsync(visitor, path, session);
            var hit = await GetAsync(visitor, path, session);
            Assert.Equal(HttpStatusCode.OK, hit.Status);
            Assert.True(
                hit.Response.Headers.Age is not null,
                $"{path} was not served from the cache"
            );
        }

        await AssertNoAccessAsync(seeded, _fixture.CreateVisitor());
    }

    [Fact]
    public async Task PublicPageCachedThenMadePrivate_IsNotServedToAnonymousRequestsAnyMore()
    {
        var seeded = await SeedAsync(new { Visibility = "Public" });
        var visitor = _fixture.CreateVisitor();
        await GetAsync(visitor, $"/status/{seeded.Page.Slug}");
        var cached = await GetAsync(visitor, $"/status/{seeded.Page.Slug}");
        Assert.Contains(seeded.ComponentName, cached.Body, StringComparison.Ordinal);

        var changed = await seeded.Page.Http.PutJsonAsync(
            "/api/admin/Page/Access",
            PasswordAccess()
        );

        Assert.True(changed.Success, changed.Raw);
        await AssertNoAccessAsync(seeded, visitor);
    }

    [Fact]
    public async Task FeedToken_OpensFeedsAndBadgeOnly_AndStopsWhenRevokedOrReplaced()
    {
        var seeded = await SeedAsync(PasswordAccess());
        var visitor = _fixture.CreateVisitor();
        var slug = seeded.Page.Slug;
        var feeds = new[] { "history.atom", "history.rss", "maintenance.ics", "badge.svg" };

        var created = await seeded.Page.Http.PostJsonAsync("/api/admin/Page/FeedToken", null);
        var token = created.Result.GetString()!;
        var withToken = new List<HttpStatusCode>();
        foreach (var feed in feeds)
        {
            withToken.Add((await GetAsync(visitor, $"/status/{slug}/{feed}?token={token}")).Status);
        }

        var pageWithToken = await GetAsync(visitor, $"/status/{slug}?token={token}");
        var jsonWithToken = await GetAsync(visitor, $"/api/public/{slug}/summary?token={token}");
        var wrongToken = await GetAsync(visitor, $"/status/{slug}/history.atom?token=pft_wrong");
        var shown = await seeded.Page.Http.GetEnvelopeAsync("/api/admin/Page/Access");

        var replaced = await seeded.Page.Http.PostJsonAsync("/api/admin/Page/FeedToken", null);
        var oldAfterReplace = await GetAsync(visitor, $"/status/{slug}/history.atom?token={token}");
        var newToken = replaced.Result.GetString()!;
        var newOne = await GetAsync(visitor, $"/status/{slug}/history.atom?token={newToken}");
        var revoked = await seeded.Page.Http.DeleteEnvelopeAsync("/api/admin/Page/FeedToken");
        var afterRevoke = await GetAsync(visitor, $"/status/{slug}/badge.svg?token={newToken}");
        var revokedTwice = await seeded.Page.Http.DeleteEnvelopeAsync("/api/admin/Page/FeedToken");

        Assert.True(created.Success, created.Raw);
        Assert.Equal("Feed token created successfully", created.Message);
        Assert.StartsWith("pft_", token, StringComparison.Ordinal);
        Assert.All(withToken, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.Redirect, pageWithToken.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, jsonWithToken.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.Status);
        Assert.True(shown.Result.GetProperty("HasFeedToken").GetBoolean());
        Assert.DoesNotContain(token, shown.Raw, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, oldAfterReplace.Status);
        Assert.Equal(HttpStatusCode.OK, newOne.Status);
        Assert.Equal("Feed token revoked successfully", revoked.Message);
        Assert.False(revoked.Result.GetProperty("HasFeedToken").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.Status);
        Assert.Equal(HttpStatusCode.BadRequest, revokedTwice.Status);
        Assert.Equal("The page has no feed token.", revokedTwice.Message);
    }

    [Fact]
    public async Task WrongPassword_Is401AndAudited_AndTheClientIsLimitedAfterTenFailures()
    {
        var seeded = await SeedAsync(PasswordAccess());
        var address = PrivatePagesFixture.RandomAddress();
        var visitor = _fixture.CreateVisitor(address);

        var (wrong, noSession) = await SignInAsync(visitor, seeded.Page.Slug, "not the password");
        var wrongHtml = await wrong.Content.ReadAsStringAsync(Ct);
        for (var i = 0; i < 9; i++)
        {
            await SignInAsync(visitor, seeded.Page.Slug, "still not it");
        }

        var (limited, limitedSession) = await SignInAsync(visitor, seeded.Page.Slug, Password);
        var (elsewhere, otherSession) = await SignInAsync(
            _fixture.CreateVisitor(),
            seeded.Page.Slug,
            Password
        );
        var audited = await AuditCountAsync(seeded.Page.PageId, "PagePasswordFailed");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Wrong password.", wrongHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret page", wrongHtml, StringComparison.Ordinal);
        Assert.Null(noSession);
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Null(limitedSession);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.NotNull(otherSession);
        Assert.Equal(10, audited);
    }

    [Fact]
    public async Task SignInPost_WithoutAntiforgeryToken_IsRefused()
    {
        var seeded = await SeedAsync(PasswordAccess());
        var visitor = _fixture.CreateVisitor();
        using var request = new HttpRequestMessage(
            HttpMethod.Post,
            $"/status/{seeded.Page.Slug}/signin"
        )
        {
            Content = new FormUrlEncodedContent(
                new Dictionary<string, string> { ["Password"] = Password }
            ),
        };

        using var response = await visitor.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(SessionCookie(response));
    }

    [Fact]
    public async Task IpAllowList_LetsItsRangeInWithoutSigningIn_AndIgnoresUntrustedForwardedFor()
    {
        var seeded = await SeedAsync(
            new
            {
                Visibility = "Password",
                Password,
                IpAllowList = new[] { "203.0.113.0/24", "2001:db8::/32" },
            }
        );

        await AssertAccessAsync(seeded, _fixture.CreateVisitor("203.0.113.7"));
        var outside = _fixture.CreateVisitor();
        outside.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        await AssertNoAccessAsync(seeded, outside);
    }

    [Fact]
    public async Task PageHostname_RootOfAPrivatePage_NeedsTheSessionToo()
    {
        var seeded = await SeedAsync(PasswordAccess());
        var host = $"status-{Guid.NewGuid():N}.example.test";
        var added = await seeded.Page.Http.PostJsonAsync(
            "/api/admin/Page/Hostname",
            new { Hostname = host }
        );
        Assert.True(added.Success, added.Raw);
        var visitor = _fixture.CreateVisitor(baseAddress: "http://" + host);

        var root = await GetAsync(visitor, "/");
        var v2 = await GetAsync(visitor, "/api/v2/summary.json");
        var incident = await GetAsync(visitor, $"/incidents/{seeded.IncidentId}");
        var (_, session) = await SignInAsync(visitor, seeded.Page.Slug, Password);
        var rootSignedIn = await GetAsync(visitor, "/", session);
        var v2SignedIn = await GetAsync(visitor, "/api/v2/summary.json", session);

        Assert.Equal(HttpStatusCode.Redirect, root.Status);
        Assert.StartsWith(
            $"/status/{seeded.Page.Slug}/signin",
            root.Response.Headers.Location?.OriginalString,
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Unauthorized, v2.Status);
        Assert.Equal(HttpStatusCode.Redirect, incident.Status);
        AssertLeaksNothing(seeded, "/", root.Body + v2.Body + incident.Body);
        Assert.Equal(HttpStatusCode.OK, rootSignedIn.Status);
        Assert.Contains(seeded.ComponentName, rootSignedIn.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, v2SignedIn.Status);
    }

    [Fact]
    public async Task RestrictedPage_EveryRoute_AnonymousGetsSignInOr401_WithNothingOfThePage()
    {
        var seeded = await SeedAsync(
            new { Visibility = "Restricted", AllowedSignIns = new[] { "example.org" } }
        );

        await AssertNoAccessAsync(seeded, _fixture.CreateVisitor());
    }

    [Fact]
    public async Task RestrictedPage_LinkMailedToAnAllowedAddress_SignsInAndOpensEveryRoute()
    {
        var seeded = await SeedAsync(
            new
            {
                Visibility = "Restricted",
                AllowedSignIns = new[] { "@Example.org", "boss@example.com" },
            }
        );
        var visitor = _fixture.CreateVisitor();
        var alice = $"alice-{Guid.NewGuid():N}@example.org";
        var mallory = $"mallory-{Guid.NewGuid():N}@example.com";

        var allowed = await RequestLinkAsync(visitor, seeded.Page.Slug, alice);
        var refused = await RequestLinkAsync(visitor, seeded.Page.Slug, mallory);
        var mail = Assert.Single(_fixture.Smtp.To(alice));
        var link = new Uri(SignInLink().Match(mail.TextBody ?? string.Empty).Value);
        var followed = await GetAsync(visitor, link.PathAndQuery);
        var session = SessionCookie(followed.Response);

        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        // The same page, but for its fresh antiforgery token.
        Assert.Equal(
            AntiforgeryField().Replace(allowed.Body, string.Empty),
            AntiforgeryField().Replace(refused.Body, string.Empty)
        );
        Assert.Contains("a sign-in link is on its way", allowed.Body, StringComparison.Ordinal);
        Assert.Empty(_fixture.Smtp.To(mallory));
        Assert.Contains(
            seeded.Page.Slug + "/signin/link?token=",
            link.AbsoluteUri,
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, followed.Status);
        Assert.NotNull(session);
        await AssertAccessAsync(seeded, visitor, session);
    }

    [Fact]
    public async Task RestrictedPage_LinkOfAnotherPageOrTampered_SignsNobodyIn()
    {
        var seeded = await SeedAsync(
            new { Visibility = "Restricted", AllowedSignIns = new[] { "example.org" } }
        );
        var other = await SeedAsync(
            new { Visibility = "Restricted", AllowedSignIns = new[] { "example.org" } }
        );
        var visitor = _fixture.CreateVisitor();
        var alice = $"alice-{Guid.NewGuid():N}@example.org";
        await RequestLinkAsync(visitor, other.Page.Slug, alice);
        var token = new Uri(
            SignInLink()
                .Match(Assert.Single(_fixture.Smtp.To(alice)).TextBody ?? string.Empty)
                .Value
        ).Query;

        var foreign = await GetAsync(visitor, $"/status/{seeded.Page.Slug}/signin/link{token}");
        var tampered = await GetAsync(
            visitor,
            $"/status/{other.Page.Slug}/signin/link{token[..^4]}AAAA"
        );

        Assert.Equal(HttpStatusCode.BadRequest, foreign.Status);
        Assert.Null(SessionCookie(foreign.Response));
        Assert.Equal(HttpStatusCode.BadRequest, tampered.Status);
        Assert.Null(SessionCookie(tampered.Response));
    }

    private static async Task<(HttpStatusCode Status, string Body)> RequestLinkAsync(
        HttpClient visitor,
        string slug,
        string email
    )
    {
        var (form, cookie) = await SignInFormAsync(visitor, slug);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/status/{slug}/signin/link")
        {
            Content = new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = form,
                    ["Email"] = email,
                }
            ),
        };
        request.Headers.Add("Cookie", cookie);
        using var response = await visitor.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}
