namespace Goen.Core.Matching;

/// <summary>
/// The features found in one field of one profile, by dense feature id, with where each came from
/// in the original text; kept so reasons can be written without analysing the text again.
/// </summary>
internal sealed class FieldAnalysis(string text, int[] ids, float[] weights, int[] starts, int[] ends, bool[] related, bool[] broad)
{
    public static FieldAnalysis Empty { get; } = new("", [], [], [], [], [], []);

    public string Text { get; } = text;

    public int[] Ids { get; } = ids;

    public float[] Weights { get; } = weights;

    public int[] Starts { get; } = starts;

    public int[] Ends { get; } = ends;

    /// <summary>Whether each occurrence is a related concept (widening an offer) rather than what the words stand for.</summary>
    public bool[] Related { get; } = related;

    /// <summary>Whether each occurrence is weak evidence that cannot carry a match alone: in offers and needs a broad word
    /// naming the setting (「事務所の」ロゴ) or what a broad word relates to; in interests any broad word (旅行, 音楽).</summary>
    public bool[] Broad { get; } = broad;

    public int Count => Ids.Length;

    /// <summary>Whether every occurrence of <paramref name="id"/> in the field comes from a broad word.</summary>
    public bool OnlyBroad(int id)
    {
        var found = false;
        for (var k = 0; k < Ids.Length; k++)
        {
            if (Ids[k] == id)
            {
                if (!Broad[k])
                {
                    return false;
                }

                found = true;
            }
        }

        return found;
    }

    /// <summary>Whether the field stands for <paramref name="id"/> itself (not only by relation).</summary>
    public bool StandsFor(int id)
    {
        for (var k = 0; k < Ids.Length; k++)
        {
            if (Ids[k] == id && !Related[k])
            {
                return true;
            }
        }

        return false;
    }
}
