using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Goen.Web.Tests.Reliability;

/// <summary>
/// The app killed with SIGKILL while it confirms a 5,000-person import, then started again on the same
/// database: the import is there whole or not at all, on SQLite and on PostgreSQL.
/// </summary>
public sealed class KillDuringImportTests(ITestOutputHelper output)
{
    private const int People = 5000;
    private static readonly int[] KillAfterMilliseconds = [100, 300, 700, 1500, 3000];

    [Fact]
    public Task Sqlite_KilledDuringConfirm_ImportIsAllOrNothing() => ThrowawayDatabase.OnSqliteAsync("goen-kill", connection => RunAsync("sqlite", connection));

    [Fact]
    public Task Postgres_KilledDuringConfirm_ImportIsAllOrNothing() => ThrowawayDatabase.OnPostgresAsync("goen_kill", connection => RunAsync("postgres", connection));

    private async Task RunAsync(string provider, string connectionString)
    {
        var cookies = new CookieContainer();
        var app = await AppProcess.StartAsync(provider, connectionString);
        try
        {
            var visitor = app.NewVisitor(cookies);
            await visitor.SignUpAsync("Organizer");
            var (eventId, _) = await visitor.CreateEventAsync("Kill test");
            var upload = await visitor.GetAsync($"/Events/Import/{eventId}");
            var preview = await visitor.SubmitAndFollowAsync(upload, "[data-test=upload-form]", [], file: ("Upload", "people.csv", Csv()));
            var killedMidRequest = 0;
            var completed = false;

            foreach (var delay in KillAfterMilliseconds)
            {
                var confirm = visitor.SubmitAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]");
                await Task.WhenAny(confirm, Task.Delay(delay));
                var finishedFirst = confirm.IsCompleted;
                app.Kill();
                try
                {
                    (await confirm).Dispose();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }

                app.Dispose();
                app = await AppProcess.StartAsync(provider, connectionString);
                visitor = app.NewVisitor(cookies);
                var attendees = (await visitor.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}/attendees", UriKind.Relative))).GetProperty("attendees").GetArrayLength();

                output.WriteLine($"{provider}: killed after {delay} ms ({(finishedFirst ? "the confirm had already answered" : "during the confirm")}): {attendees - 1} of {People} imported");
                Assert.True(attendees is 1 or People + 1, $"A partial import survived the kill: {attendees - 1} of {People}.");
                killedMidRequest += finishedFirst ? 0 : 1;
                if (attendees == People + 1)
                {
                    completed = true;
                    break;
                }
            }

            Assert.True(killedMidRequest > 0, "No kill landed during a confirm; the test proved nothing.");
            if (!completed)
            {
                // Every kill landed before the commit: the draft is still there, and the import still completes.
                using var last = await visitor.SubmitAsync(preview, "[data-test=mapping-form]", [], "[data-test=confirm]");
                Assert.Equal(HttpStatusCode.OK, last.StatusCode);
                var attendees = (await visitor.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}/attendees", UriKind.Relative))).GetProperty("attendees").GetArrayLength();
                Assert.Equal(People + 1, attendees);
            }
        }
        finally
        {
            app.Dispose();
        }
    }

    private static byte[] Csv()
    {
        var csv = new StringBuilder("name,organization,offers,needs,interests\n");
        for (var i = 0; i < People; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"参加者 {i:0000},会社{i % 97},ホームページ制作 {i},経理の相談 {i},ゴルフ\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
