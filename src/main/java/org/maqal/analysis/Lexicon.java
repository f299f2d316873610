package org.maqal.analysis;

/**
 * The word lists that entity and claim finding share: titles, first names, words that are never
 * names, nationalities, head nouns of organisations and places, sources, time words and reporting
 * verbs. Immutable and thread-safe; build one with {@link #standard()} and share it.
 *
 * @param titles        words of title or office before a name ("وزير", "الجنرال", "المتحدث")
 * @param nameTitles    titles that belong to the usual name ("البابا فرنسيس")
 * @param roleWords     words that continue a title without being a name ("عام", "بعثة", "باسم")
 * @param firstNames    first names, men's and women's
 * @param femaleNames   women's first names
 * @param commonNouns   words never part of a person's name
 * @param institutions  head nouns of organisations ("وزارة", "هيئة", "نقابة")
 * @param media         head nouns of media ("فضائية", "صحيفة")
 * @param stateBodies   head nouns named with a nationality ("الحكومة الفنلندية")
 * @param placeHeads    head nouns of place names ("محافظة", "مدينة")
 * @param nationalities adjectives of nationality
 * @param sources       unnamed sources ("مصادر", "مسؤول", "البيان", "تقرير")
 * @param timeWords     days, months and other time words
 * @param verbs         reporting verbs
 * @param functionWords the function words of {@code org/maqal/text/function-words.txt} as listed,
 *                      without the clitic rules of {@link org.maqal.text.FunctionWords}
 */
public record Lexicon(WordList titles, WordList nameTitles, WordList roleWords, WordList firstNames,
                      WordList femaleNames, WordList commonNouns, WordList institutions, WordList media,
                      WordList stateBodies, WordList placeHeads, Nationalities nationalities, WordList sources,
                      WordList timeWords, ReportingVerbs verbs,
                      WordList functionWords) {

    /** Maqal's own lists, from the resources of this package. */
    public static Lexicon standard() {
        return new Lexicon(WordList.load("titles.txt"), WordList.load("name-titles.txt"),
                WordList.load("role-words.txt"), WordList.load("first-names.txt"),
                WordList.load("female-first-names.txt"), WordList.load("common-nouns.txt"),
                WordList.load("institutions.txt"), WordList.load("media.txt"), WordList.load("state-bodies.txt"),
                WordList.load("place-heads.txt"), new Nationalities(WordList.load("nationalities.txt")),
                WordList.load("sources.txt"), WordList.load("time-words.txt"), ReportingVerbs.standard(),
                WordList.load("/org/maqal/text/function-words.txt"));
    }

    /** Whether the normalised word is a first name, men's or women's. */
    public boolean isFirstName(String normal) {
        if (firstNames.contains(normal) || femaleNames.contains(normal)) return true;
        Clitics.Reading bare = Clitics.withoutConjunction(normal);
        return firstNames.contains(bare.word()) || femaleNames.contains(bare.word());
    }
}
