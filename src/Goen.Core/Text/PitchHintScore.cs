namespace Goen.Core.Text;

/// <summary>How a pitch detector did on a set of labelled texts.</summary>
/// <param name="Pitches">The number of pitch texts.</param>
/// <param name="GiveFirst">The number of give-first texts.</param>
/// <param name="Hits">The pitch texts the detector fired on.</param>
/// <param name="FalseFires">The give-first texts the detector fired on.</param>
public sealed record PitchHintScore(int Pitches, int GiveFirst, int Hits, int FalseFires)
{
    /// <summary>Gets the share of fires that were on pitch texts; 1 when the detector never fired.</summary>
    public double Precision => Hits + FalseFires == 0 ? 1 : (double)Hits / (Hits + FalseFires);

    /// <summary>Gets the share of pitch texts the detector fired on; 0 when there are none.</summary>
    public double Recall => Pitches == 0 ? 0 : (double)Hits / Pitches;

    /// <summary>Gets the harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Gets the share of give-first texts the detector fired on (the bar: under 1 in 20).</summary>
    public double FalseFireRate => GiveFirst == 0 ? 0 : (double)FalseFires / GiveFirst;
}
