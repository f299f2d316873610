package org.maqal.exercise.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maqal.exercise.ArticleTokens;
import org.maqal.exercise.SkipNotes;
import org.maqal.model.Token;
import org.maqal.model.VocabularyItem;
import org.maqal.text.ArabicNormalizer;

/**
 * Gathers the vocabulary of the lesson's articles into {@link LessonWord}s: the analysis's words of
 * each article, merged by key, best first taking the articles in turn (the first word of each, then
 * the second of each…), so that every article gives words. Words the {@link WordRules} refuse are
 * left out and noted; forms the analysis grouped with a word but that are not its kin
 * ({@link WordRules#kin}) are left out of its forms and places. Stateless.
 */
final class LessonWords {
    private final WordRules rules;

    LessonWords(WordRules rules) {
        this.rules = rules;
    }

    /** The lesson's usable words, best first. */
    List<LessonWord> gather(List<ArticleTokens> articles, SkipNotes notes) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        int longest = articles.stream().mapToInt(a -> a.report().vocabulary().size()).max().orElse(0);
        for (int rank = 0; rank < longest; rank++) {
            for (ArticleTokens a : articles) {
                List<VocabularyItem> vocabulary = a.report().vocabulary();
                if (rank >= vocabulary.size()) continue;
                VocabularyItem item = vocabulary.get(rank);
                WordRules.Refusal refusal = rules.refusal(item.headword());
                if (refusal != null) {
                    notes.add(refusal.note, item.headword());
                    continue;
                }
                drafts.computeIfAbsent(item.stem(), k -> new Draft(item)).add(item, a);
            }
        }
        Map<ArticleTokens, Map<String, Draft>> formsByArticle = new LinkedHashMap<>();
        for (Draft d : drafts.values()) {
            for (Map.Entry<ArticleTokens, Set<String>> e : d.normalForms.entrySet()) {
                Map<String, Draft> forms = formsByArticle.computeIfAbsent(e.getKey(), k -> new HashMap<>());
                for (String f : e.getValue()) forms.putIfAbsent(f, d);
            }
        }
        for (ArticleTokens a : articles) {
            Map<String, Draft> forms = formsByArticle.getOrDefault(a, Map.of());
            for (Token t : a.report().analysis().tokens()) {
                Draft d = forms.get(t.normal());
                if (d != null && t.isContentWord() && !a.inName(t) && rules.usable(t.text()) && WordRules.kin(t.text(), d.headword)) {
                    d.occurrences.add(new Occurrence(a, t));
                }
            }
        }
        List<LessonWord> words = new ArrayList<>();
        for (Draft d : drafts.values()) {
            if (!d.occurrences.isEmpty()) words.add(d.word());
        }
        return words;
    }

    /** A word being gathered across articles. */
    private static final class Draft {
        private final String headword;
        private final String key;
        private final Set<String> forms = new LinkedHashSet<>();
        private final Map<ArticleTokens, Set<String>> normalForms = new LinkedHashMap<>();
        private final List<Occurrence> occurrences = new ArrayList<>();
        private boolean topic;

        Draft(VocabularyItem first) {
            this.headword = first.headword();
            this.key = first.stem();
        }

        void add(VocabularyItem item, ArticleTokens article) {
            forms.addAll(item.forms());
            Set<String> normal = normalForms.computeIfAbsent(article, k -> new LinkedHashSet<>());
            item.forms().forEach(f -> normal.add(ArabicNormalizer.normalize(f)));
            topic |= item.topic();
        }

        LessonWord word() {
            List<String> kin = forms.stream().filter(f -> WordRules.kin(f, headword)).toList();
            return new LessonWord(headword, key, kin, Math.max(1, occurrences.size()), normalForms.size(), topic, occurrences);
        }
    }
}
