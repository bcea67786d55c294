namespace Goen.Core.Matching;

/// <summary>
/// The features found in one field of one profile, by dense feature id, with where each came from
/// in the original text; kept so reasons can be written without analysing the text again.
/// </summary>
internal sealed class FieldAnalysis(string text, int[] ids, float[] weights, int[] starts, int[] ends)
{
    public static FieldAnalysis Empty { get; } = new("", [], [], [], []);

    public string Text { get; } = text;

    public int[] Ids { get; } = ids;

    public float[] Weights { get; } = weights;

    public int[] Starts { get; } = starts;

    public int[] Ends { get; } = ends;

    public int Count => Ids.Length;

    /// <summary>Gets the index of the first occurrence of <paramref name="id"/>, or -1.</summary>
    public int FirstOccurrence(int id) => Array.IndexOf(Ids, id);
}
