package org.maqal.model;

import java.util.List;

/**
 * A word a learner can look up, with the forms it takes in the text.
 *
 * @param headword  a real surface word (never a bare stem)
 * @param stem      the light stem shared by its forms
 * @param forms     every form written in the text, most frequent first
 * @param count     how often its forms occur in the article (or corpus)
 * @param articles  in how many articles of the corpus it occurs
 * @param keyness   how particular it is to this article against the rest of the corpus (log-likelihood, signed)
 * @param topic     true when it is shared topic vocabulary rather than particular to one article
 * @param example   index of a sentence that shows it
 */
public record VocabularyItem(String headword, String stem, List<String> forms, int count, int articles,
                             double keyness, boolean topic, int example) {
    public VocabularyItem {
        forms = List.copyOf(forms);
    }
}
