package org.maqal.exercise.vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.ItemIds;
import org.maqal.model.ItemType;
import org.maqal.model.SectionKind;
import org.maqal.model.VocabularyEntry;

/**
 * The key-word list: the lesson's best words, each with its forms, how often and in how many of the
 * lesson's articles it occurs, a sentence that shows it (a full sentence of 6 to 30 words when there
 * is one, not a headline, and not one another entry shows; a stretch of it when longer), the teacher's gloss if the glossary has one, and whether it is topic
 * vocabulary. Stateless.
 */
final class KeyWordList {
    static final int SHORTEST = 6;
    static final int LONGEST = 30;

    /** An entry for each of the first {@code context.count()} words. */
    List<Entry> entries(List<LessonWord> words, GenerationContext context, ItemIds ids) {
        List<Entry> out = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (LessonWord w : words) {
            if (out.size() == context.count()) break;
            Occurrence example = example(w, shown);
            shown.add(example.sentenceKey());
            List<String> others = w.forms().stream().filter(f -> !f.equals(w.headword())).toList();
            String key = w.key() + "|" + w.headword();
            VocabularyEntry entry = new VocabularyEntry(ids.next(SectionKind.VOCABULARY, ItemType.VOCABULARY, key),
                    w.headword(), w.headword(), others, w.count(), w.articles(),
                    shownText(example), context.gloss(w.headword()).orElse(""),
                    w.topic(), List.of(example.source()), 0, "");
            out.add(new Entry(w, entry, example));
        }
        return out;
    }

    /** The occurrence whose sentence best shows the word, preferring one no other entry shows. */
    static Occurrence example(LessonWord w, Set<String> shown) {
        Occurrence fit = null;
        for (Occurrence o : w.occurrences()) {
            int words = o.article().words(o.sentence());
            if (o.article().sentence(o.sentence()).headline() || words < SHORTEST || words > LONGEST) continue;
            if (!shown.contains(o.sentenceKey())) return o;
            if (fit == null) fit = o;
        }
        return fit != null ? fit : w.occurrences().get(0);
    }

    /** The sentence, or a stretch of it around the word when it is longer than {@value #LONGEST} words. */
    private static String shownText(Occurrence o) {
        return o.article().words(o.sentence()) <= LONGEST ? o.article().sentence(o.sentence()).text() : Excerpt.around(o, false);
    }

    /** A key word and the entry made for it. */
    record Entry(LessonWord word, VocabularyEntry item, Occurrence example) {
    }
}
