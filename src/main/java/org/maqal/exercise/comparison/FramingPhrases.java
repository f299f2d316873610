package org.maqal.exercise.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.maqal.analysis.Clitics;
import org.maqal.analysis.Nationalities;
import org.maqal.analysis.WordList;
import org.maqal.exercise.EntityKeys;
import org.maqal.exercise.WordKeys;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleReport;
import org.maqal.model.Entity;
import org.maqal.model.Span;
import org.maqal.model.Token;
import org.maqal.model.VocabularyItem;
import org.maqal.text.ArabicNormalizer;

/**
 * How articles describe the same thing: a noun followed by describing words, as written ("مهمة
 * تدريبية", "مهمته غير قتالية", "بعثة استشارية غير قتالية", "المهمة العسكرية"). A describing word is
 * an adjective as written (ending in ة or ي, not the pronoun ه) or "غير" with its word; nationalities
 * and names are left out, since they say which thing, not how it is seen. Nouns that share a
 * describing word ("مهمة … غير قتالية", "بعثة … غير قتالية") are taken as one thing.
 */
final class FramingPhrases {
    /** A phrase as written and the sentence it stands in. */
    record Phrase(String text, int sentence, Set<String> describing) {
    }

    /** The nouns described, as written, and the phrases each article (by id) builds on them. */
    record Framing(List<String> heads, Map<String, List<Phrase>> phrases) {
        int variety() {
            Set<String> d = new HashSet<>();
            phrases.values().forEach(list -> list.forEach(p -> d.add(String.join(" ", p.describing()))));
            return d.size();
        }

        Set<String> describingWords() {
            Set<String> d = new HashSet<>();
            phrases.values().forEach(list -> list.forEach(p -> d.addAll(p.describing())));
            return d;
        }
    }

    private static final int MAX_MODIFIERS = 3;
    private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u0652\\u0640]");
    /** A describing word taken by at most this many nouns links them as one thing. */
    private static final int DISTINCTIVE = 2;
    private static final String NOT = "غير";
    private final Nationalities nationalities = new Nationalities(WordList.load("nationalities.txt"));

    /**
     * The things described in at least two articles in at least two ways, those described in most
     * articles first. Nouns are one thing when they share a describing word few nouns take ("غير
     * قتالية" with both "مهمة" and "بعثة"), not a common one ("العسكرية").
     */
    List<Framing> find(List<ArticleReport> articles) {
        Map<String, Map<String, List<Phrase>>> byHead = new LinkedHashMap<>();
        Map<String, String> headShown = new LinkedHashMap<>();
        for (ArticleReport r : articles) collect(r, byHead, headShown);
        Map<String, VocabularyItem> headwords = headwords(articles);
        headShown.replaceAll((key, bare) -> headwords.containsKey(key) ? withoutArticle(headwords.get(key).headword()) : bare);
        Map<String, Set<String>> headsOf = new HashMap<>();
        byHead.forEach((head, phrases) -> phrases.values().forEach(list -> list.forEach(p ->
                p.describing().forEach(d -> headsOf.computeIfAbsent(d, k -> new HashSet<>()).add(head)))));
        List<String> order = new ArrayList<>(byHead.keySet());
        order.sort(Comparator.comparingInt((String h) -> byHead.get(h).size()).reversed()
                .thenComparing(Comparator.comparingInt((String h) -> framing(h, byHead, headShown).variety()).reversed()));
        List<Framing> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String head : order) {
            if (used.contains(head)) continue;
            used.add(head);
            Framing f = framing(head, byHead, headShown);
            for (String other : order) {
                if (used.contains(other)) continue;
                Map<String, List<Phrase>> linked = new LinkedHashMap<>();
                byHead.get(other).forEach((id, list) -> list.stream()
                        .filter(p -> p.describing().stream().anyMatch(d -> headsOf.get(d).size() <= DISTINCTIVE && headsOf.get(d).contains(head)))
                        .forEach(p -> linked.computeIfAbsent(id, k -> new ArrayList<>()).add(p)));
                if (!linked.isEmpty()) {
                    used.add(other);
                    f = merge(f, new Framing(List.of(headShown.get(other)), linked));
                }
            }
            if (f.phrases().size() >= 2 && f.variety() >= 2) out.add(f);
        }
        return out;
    }

    /** The vocabulary's headword for each word key, the word a learner looks up ("بعثة" for "كبعثة"), most used first. */
    private static Map<String, VocabularyItem> headwords(List<ArticleReport> articles) {
        Map<String, VocabularyItem> out = new HashMap<>();
        for (ArticleReport r : articles) {
            for (VocabularyItem v : r.vocabulary()) {
                out.merge(WordKeys.key(ArabicNormalizer.normalize(v.headword())), v, (a, b) -> b.count() > a.count() ? b : a);
            }
        }
        return out;
    }

    private static String withoutArticle(String word) {
        return Clitics.hasArticle(ArabicNormalizer.normalize(word)) ? word.substring(Clitics.offsetAfterLetters(word, 2)) : word;
    }

    private static Framing framing(String head, Map<String, Map<String, List<Phrase>>> byHead, Map<String, String> shown) {
        return new Framing(List.of(shown.get(head)), byHead.get(head));
    }

    private void collect(ArticleReport r, Map<String, Map<String, List<Phrase>>> byHead, Map<String, String> headShown) {
        ArticleAnalysis a = r.analysis();
        Set<Integer> named = namedTokens(a);
        List<Token> tokens = a.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token head = tokens.get(i);
            if (!head.isContentWord() || named.contains(i) || isDescriptive(head) || isNot(head)) continue;
            int end = i + 1;
            Set<String> describing = new java.util.LinkedHashSet<>();
            while (end < tokens.size() && describing.size() < MAX_MODIFIERS && tokens.get(end).sentence() == head.sentence()
                    && !named.contains(end)) {
                Token t = tokens.get(end);
                if (isNot(t) && end + 1 < tokens.size() && isDescriptive(tokens.get(end + 1))) {
                    describing.add(WordKeys.key(tokens.get(end + 1)));
                    end += 2;
                } else if (isDescriptive(t)) {
                    describing.add(WordKeys.key(t));
                    end++;
                } else {
                    break;
                }
            }
            if (describing.isEmpty()) continue;
            String key = WordKeys.key(head);
            String text = a.article().text().substring(head.start(), tokens.get(end - 1).end());
            byHead.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(r.id(), k -> new ArrayList<>())
                    .add(new Phrase(text, head.sentence(), describing));
            String bare = bare(head);
            headShown.merge(key, bare, (old, now) -> now.length() < old.length() ? now : old);
        }
    }

    private static Framing merge(Framing a, Framing b) {
        List<String> heads = new ArrayList<>(a.heads());
        heads.addAll(b.heads());
        Map<String, List<Phrase>> phrases = new LinkedHashMap<>();
        a.phrases().forEach((id, list) -> phrases.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list));
        b.phrases().forEach((id, list) -> phrases.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list));
        return new Framing(heads, phrases);
    }

    /** The word as written without an attached conjunction, preposition or article: "للمهمة" → "مهمة". */
    private static String bare(Token t) {
        String w = EntityKeys.bareForm(t.text());
        String n = ArabicNormalizer.normalize(w);
        if (Clitics.hasArticle(n)) w = w.substring(Clitics.offsetAfterLetters(w, 2));
        return w;
    }

    private boolean isDescriptive(Token t) {
        if (!t.isContentWord()) return false;
        String w = Clitics.withoutArticle(Clitics.withoutConjunction(t.normal()).word());
        if (w.length() < 4 || nationalities.contains(t.normal())) return false;
        String written = MARKS.matcher(t.text()).replaceAll("");
        return Clitics.endsWithTehMarbuta(t.text()) && w.endsWith("يه") || written.endsWith("ي");
    }

    private static boolean isNot(Token t) {
        return t.normal().equals(NOT);
    }

    /** Indexes of the tokens inside a mention of a name. */
    private static Set<Integer> namedTokens(ArticleAnalysis a) {
        List<Span> spans = new ArrayList<>();
        for (Entity e : a.entities()) spans.addAll(e.mentions());
        Set<Integer> out = new HashSet<>();
        List<Token> tokens = a.tokens();
        for (Span m : spans) {
            List<Token> inside = WordKeys.tokensIn(a, m.start(), m.end());
            if (inside.isEmpty()) continue;
            int first = tokens.indexOf(inside.get(0));
            for (int k = 0; k < inside.size(); k++) out.add(first + k);
        }
        return out;
    }
}
