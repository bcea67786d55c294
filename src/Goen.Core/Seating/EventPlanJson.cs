using System.Text.Encodings.Web;
using System.Text.Json;
using Goen.Core.Profiles;

namespace Goen.Core.Seating;

/// <summary>Writes an event's plan as JSON that people and scripts read and <see cref="Read"/> reads back for a re-plan.</summary>
/// <remarks>
/// <para>
/// <c>rounds</c> lists each round's tables with the people's names (<c>people</c>), their ids (<c>personIds</c>) and
/// the table's <c>topics</c>, rounds and tables numbered from 1; <c>attendees</c> holds everyone with their profile
/// and presence; <c>request</c> the table sizes, weights and seed. Rounds and tables in the file count from 1, as
/// organizers count them. The file holds the profiles it was planned from, so it is the organizer's to keep.
/// </para>
/// </remarks>
public static class EventPlanJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="plan"/> to <paramref name="writer"/> and ends the line.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, EventSeatingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(plan);
        var names = plan.Attendees.ToDictionary(a => a.Id, a => a.Profile.Name, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("rounds");
            for (var r = 0; r < plan.Rounds.Count; r++)
            {
                json.WriteStartObject();
                json.WriteNumber("round", r + 1);
                json.WriteStartArray("tables");
                for (var t = 0; t < plan.Rounds[r].Count; t++)
                {
                    var table = plan.Rounds[r][t];
                    json.WriteStartObject();
                    json.WriteNumber("table", t + 1);
                    Strings(json, "people", table.PersonIds.Select(id => names.GetValueOrDefault(id, id)));
                    Strings(json, "personIds", table.PersonIds);
                    Strings(json, "topics", table.Topics);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("attendees");
            foreach (var attendee in plan.Attendees)
            {
                var profile = attendee.Profile;
                json.WriteStartObject();
                json.WriteString("id", attendee.Id);
                json.WriteString("name", profile.Name);
                json.WriteString("organization", profile.Organization);
                json.WriteString("offers", profile.Offers);
                json.WriteString("needs", profile.Needs);
                json.WriteString("interests", profile.Interests);
                Strings(json, "languages", profile.Languages);
                if (attendee.ApartKey is { } key)
                {
                    json.WriteString("apartKey", key);
                }

                if (attendee.PinnedTable is { } pin)
                {
                    json.WriteNumber("table", pin + 1);
                }

                json.WriteNumber("arrivesAtRound", attendee.ArrivesAtRound + 1);
                if (attendee.LeavesBeforeRound is { } leaves)
                {
                    json.WriteNumber("leavesBeforeRound", leaves + 1);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            var request = plan.Request;
            var (size, min, max) = request.TableSizes();
            json.WriteStartObject("request");
            json.WriteNumber("rounds", request.Rounds);
            json.WriteNumber("tableSize", size);
            json.WriteNumber("minTableSize", min);
            json.WriteNumber("maxTableSize", max);
            json.WriteNumber("helpWeight", request.HelpWeight);
            json.WriteNumber("talkWeight", request.TalkWeight);
            json.WriteNumber("seed", request.Search.Seed);
            json.WriteNumber("moveCost", request.Search.MoveCost);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Reads a plan written by <see cref="Write"/>.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The plan, ready for <see cref="EventSeating.Replan"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The text is not such a plan; the message says what is missing or wrong.</exception>
    public static EventSeatingPlan Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var request = Required(root, "request");
            var search = new SeatingOptions
            {
                Seed = Optional(request, "seed")?.GetInt32() ?? 0,
                MoveCost = Optional(request, "moveCost")?.GetDouble() ?? new SeatingOptions().MoveCost,
            };
            var plan = new EventSeatingPlan
            {
                Request = new EventSeatingRequest
                {
                    Rounds = Required(request, "rounds").GetInt32(),
                    TableSize = Optional(request, "tableSize")?.GetInt32(),
                    MinTableSize = Optional(request, "minTableSize")?.GetInt32(),
                    MaxTableSize = Optional(request, "maxTableSize")?.GetInt32(),
                    HelpWeight = Optional(request, "helpWeight")?.GetDouble() ?? 1,
                    TalkWeight = Optional(request, "talkWeight")?.GetDouble() ?? 0.5,
                    Search = search,
                },
                Attendees = [.. Required(root, "attendees").EnumerateArray().Select(Attendee)],
                Rounds = [.. Required(root, "rounds").EnumerateArray().Select(r => (IReadOnlyList<EventSeatingTable>)[.. Required(r, "tables").EnumerateArray().Select(Table)])],
            };
            if (plan.Rounds.Count != plan.Request.Rounds)
            {
                throw new FormatException($"The plan asks for {plan.Request.Rounds} rounds but lists {plan.Rounds.Count}.");
            }

            return plan;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new FormatException($"This is not a seating plan written by goen seat: {e.Message}", e);
        }
    }

    private static EventAttendee Attendee(JsonElement element)
    {
        var profile = new Profile
        {
            Name = Required(element, "name").GetString() ?? "",
            Organization = Optional(element, "organization")?.GetString() ?? "",
            Offers = Optional(element, "offers")?.GetString() ?? "",
            Needs = Optional(element, "needs")?.GetString() ?? "",
            Interests = Optional(element, "interests")?.GetString() ?? "",
            Languages = Optional(element, "languages") is { } languages ? [.. languages.EnumerateArray().Select(l => l.GetString() ?? "")] : [],
        };
        return new EventAttendee(Required(element, "id").GetString() ?? "", profile)
        {
            ApartKey = Optional(element, "apartKey")?.GetString(),
            PinnedTable = Optional(element, "table")?.GetInt32() - 1,
            ArrivesAtRound = (Optional(element, "arrivesAtRound")?.GetInt32() ?? 1) - 1,
            LeavesBeforeRound = Optional(element, "leavesBeforeRound")?.GetInt32() - 1,
        };
    }

    private static EventSeatingTable Table(JsonElement element) => new(
        [.. Required(element, "personIds").EnumerateArray().Select(p => p.GetString() ?? "")],
        Optional(element, "topics") is { } topics ? [.. topics.EnumerateArray().Select(t => t.GetString() ?? "")] : []);

    private static JsonElement Required(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"\"{name}\" is missing.");

    private static JsonElement? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
