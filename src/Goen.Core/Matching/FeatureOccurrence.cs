namespace Goen.Core.Matching;

/// <summary>One place in a text where a matching feature (a concept, a word, a character pair) was found.</summary>
/// <param name="Key">The feature's identity; equal keys match. The top four bits say what kind of feature it is.</param>
/// <param name="Weight">How much the feature counts before rarity is weighed: 1 for words and synonyms, less for related terms and character pairs.</param>
/// <param name="Start">Start of the words in the original text that produced the feature.</param>
/// <param name="End">End (exclusive) of those words in the original text.</param>
/// <param name="Related">Whether the feature is a concept the words are related to rather than stand for; such features widen offers only.</param>
/// <param name="Broad">Whether the words are broad (staff, デザイン, 事務所; see <see cref="Vocabulary.IsBroad"/>): they name a whole field, so they cannot carry a match alone.</param>
/// <param name="Modifies">Whether broad words modify what follows them (「事務所の」ロゴ, 「オフィス」移転, "office" assistant), or any words
/// say whom or what a service is for (「中小企業向けの」, 「Web用の」): they name the setting of a need or an offer, not the thing itself.</param>
public readonly record struct FeatureOccurrence(long Key, float Weight, int Start, int End, bool Related = false, bool Broad = false, bool Modifies = false);
