namespace Goen.Web.Tests.Mail;

/// <summary>Waits for a condition a background worker brings about, for a bounded time: never a fixed sleep, never a timing assertion.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        for (var waited = 0; waited < 600; waited++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Within a minute, expected: {what}.");
    }
}
