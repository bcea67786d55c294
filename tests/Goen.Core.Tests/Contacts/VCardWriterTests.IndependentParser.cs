using System.Text.Json;
using Goen.Core.Contacts;

namespace Goen.Core.Tests.Contacts;

public partial class VCardWriterTests
{
    // Prints what Python's vobject reads from each card, so that the file is checked by a parser Goen did not write.
    private const string VobjectScript = """
        import json, sys, vobject
        with open(sys.argv[1], encoding="utf-8", newline="") as f:
            text = f.read()
        cards = []
        for card in vobject.readComponents(text):
            def values(name):
                return [p.value for p in card.contents.get(name, [])]
            def one(name):
                v = values(name)
                return v[0] if v else ""
            n = card.n.value
            org = one("org")
            cards.append({
                "fn": card.fn.value,
                "family": n.family,
                "given": n.given,
                "sortAs": card.n.params.get("SORT-AS", []),
                "phoneticFamily": one("x-phonetic-last-name"),
                "phoneticGiven": one("x-phonetic-first-name"),
                "org": org if isinstance(org, list) else [org] if org else [],
                "title": one("title"),
                "emails": values("email"),
                "tels": values("tel"),
                "note": one("note"),
                "url": one("url"),
                "uid": one("uid"),
            })
        print(json.dumps(cards, ensure_ascii=False))
        """;

    [Fact]
    public void Write_ReadByVobject_GivesTheSameFields()
    {
        VCardContact[] contacts = [.. RoundTripContacts.Select(row => row.Data)];

        var output = IndependentParser.Run("vobject", VobjectScript, VCardWriter.Write(contacts));

        using var json = JsonDocument.Parse(output);
        var cards = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(contacts.Length, cards.Count);
        for (var i = 0; i < contacts.Length; i++)
        {
            var (card, contact) = (cards[i], contacts[i]);
            Assert.Equal(contact.FormattedName, card.GetProperty("fn").GetString());
            Assert.Equal((contact.FamilyName, contact.GivenName), (card.GetProperty("family").GetString(), card.GetProperty("given").GetString()));
            Assert.Equal((contact.PhoneticFamilyName, contact.PhoneticGivenName), (card.GetProperty("phoneticFamily").GetString(), card.GetProperty("phoneticGiven").GetString()));
            Assert.Equal(contact.Organization.Length == 0 ? [] : [contact.Organization], Strings(card.GetProperty("org")));
            Assert.Equal(contact.Title, card.GetProperty("title").GetString());
            Assert.Equal(contact.Emails, Strings(card.GetProperty("emails")));
            Assert.Equal(contact.Phones, Strings(card.GetProperty("tels")));
            Assert.Equal(contact.Note, card.GetProperty("note").GetString());
            Assert.Equal((contact.Url, contact.Uid), (card.GetProperty("url").GetString(), card.GetProperty("uid").GetString()));
        }

        Assert.Equal(["ヤマダ,タロウ"], Strings(cards[0].GetProperty("sortAs")));
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString() ?? "")];
}
