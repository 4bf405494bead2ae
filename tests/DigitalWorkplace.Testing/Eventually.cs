namespace DigitalWorkplace.Testing;

/// <summary>Polls with a deadline instead of sleeping: for what arrives through the outbox.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Polls until the condition holds; fails the test, saying what and how long it waited, when it still does not by the deadline.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var holds = await GetAsync(condition, done => done, timeout);
        Xunit.Assert.True(holds, $"{what}: still not so after {watch.Elapsed.TotalMilliseconds:F0} ms.");
    }
}
