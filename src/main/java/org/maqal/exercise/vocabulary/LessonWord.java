package org.maqal.exercise.vocabulary;

import java.util.List;

/**
 * A word of the lesson's articles, its forms gathered across them.
 *
 * @param headword    the word a learner looks up, as the analysis chose it
 * @param key         the analysis's key for its forms (a light stem; never shown)
 * @param forms       its written forms in the lesson's articles, most frequent first
 * @param count       how often its forms occur in the lesson's articles
 * @param articles    in how many of the lesson's articles it occurs
 * @param topic       whether the analysis calls it topic vocabulary
 * @param occurrences where it is written, outside names, in reading order article by article
 */
record LessonWord(String headword, String key, List<String> forms, int count, int articles, boolean topic,
                  List<Occurrence> occurrences) {
    LessonWord {
        forms = List.copyOf(forms);
        occurrences = List.copyOf(occurrences);
    }
}
