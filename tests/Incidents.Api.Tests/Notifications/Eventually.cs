namespace Incidents.Api.Tests.Notifications;

/// <summary>Waits for background work to reach a state (not a timing assertion: the limit is generous).</summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(
        Func<Task<T>> probe,
        Func<T, bool> done,
        string what,
        int seconds = 30
    )
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {seconds} s waiting for: {what}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public static Task<T> WaitAsync<T>(
        Func<T> probe,
        Func<T, bool> done,
        string what,
        int seconds = 30
    ) => WaitAsync(() => Task.FromResult(probe()), done, what, seconds);
}
