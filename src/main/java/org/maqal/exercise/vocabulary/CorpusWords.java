package org.maqal.exercise.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maqal.exercise.ArticleTokens;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Token;
import org.maqal.model.TokenKind;
import org.maqal.model.VocabularyItem;
import org.maqal.text.ArabicNormalizer;

/**
 * What the whole corpus says about its words, for choosing distractors: every vocabulary form with
 * its count and stem, every normalised word (the lexicon), every pair of neighbouring words, and the
 * content words each word's core stands next to. Thread-safe once built: the cores it remembers go
 * in a concurrent map.
 */
final class CorpusWords {
    /** A vocabulary form of the corpus: normalised, as most often written, its light stem and count. */
    record Word(String normal, String written, String stem, int count) {
    }

    private final Map<String, Word> vocabulary = new HashMap<>();
    private final Set<String> lexicon = new HashSet<>();
    private final Map<String, Integer> frequency = new HashMap<>();
    private final Set<String> pairs = new HashSet<>();
    private final Map<String, Set<String>> contexts = new HashMap<>();
    private final Map<String, String> stems = new HashMap<>();
    private final Map<String, String> cores = new java.util.concurrent.ConcurrentHashMap<>();

    private final CorpusAnalysis source;

    CorpusWords(CorpusAnalysis corpus, WordRules rules) {
        this.source = corpus;
        for (ArticleReport r : corpus.reports()) {
            for (Token t : r.analysis().tokens()) {
                if (t.kind() == TokenKind.ARABIC) {
                    lexicon.add(t.normal());
                    frequency.merge(t.normal(), 1, Integer::sum);
                    stems.putIfAbsent(t.normal(), t.stem());
                }
            }
        }
        Map<String, Map<String, Integer>> written = new HashMap<>();
        for (ArticleReport r : corpus.reports()) {
            ArticleTokens article = ArticleTokens.of(r);
            List<Token> tokens = r.analysis().tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.kind() != TokenKind.ARABIC) continue;
                written.computeIfAbsent(t.normal(), k -> new HashMap<>()).merge(t.text(), 1, Integer::sum);
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                Token before = i > 0 ? tokens.get(i - 1) : null;
                if (before != null && before.sentence() == t.sentence()) {
                    String slot = Gap.slot(article, before);
                    if (slot != null && !slot.equals(before.normal())) pairs.add(slot + " " + t.normal());
                }
                if (next != null && next.sentence() == t.sentence()) {
                    String slot = Gap.slot(article, next);
                    if (slot != null) pairs.add(t.normal() + " " + slot);
                }
                if (next != null && next.sentence() == t.sentence() && next.kind() == TokenKind.ARABIC) {
                    if (t.isContentWord() && next.isContentWord()) {
                        contexts.computeIfAbsent(core(t.normal()), k -> new HashSet<>()).add("R:" + core(next.normal()));
                        contexts.computeIfAbsent(core(next.normal()), k -> new HashSet<>()).add("L:" + core(t.normal()));
                    }
                }
            }
            for (VocabularyItem item : r.vocabulary()) {
                for (String form : item.forms()) {
                    String normal = ArabicNormalizer.normalize(form);
                    if (vocabulary.containsKey(normal) || !rules.usable(form)) continue;
                    String shown = written.getOrDefault(normal, Map.of(form, 1)).entrySet().stream()
                            .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                            .map(Map.Entry::getKey).orElse(form);
                    vocabulary.put(normal, new Word(normal, shown, stem(normal), frequency.getOrDefault(normal, 1)));
                }
            }
        }
    }

    /** Every vocabulary form of the corpus that the rules allow, in a fixed order. */
    List<Word> vocabulary() {
        List<Word> words = new ArrayList<>(vocabulary.values());
        words.sort((a, b) -> a.normal().compareTo(b.normal()));
        return words;
    }

    Set<String> lexicon() {
        return lexicon;
    }

    /** How often a normalised word occurs in the corpus (at least 1). */
    int frequency(String normal) {
        return Math.max(1, frequency.getOrDefault(normal, 1));
    }

    /** The light stem of a normalised word of the corpus (the word itself when unknown). */
    String stem(String normal) {
        return stems.getOrDefault(normal, normal);
    }

    /**
     * Whether {@code first} is followed by {@code second} somewhere in the corpus: normalised words, or
     * a word and the slot of its neighbour ({@link Gap#slot}: "@PLACE", "#").
     */
    boolean pair(String first, String second) {
        return pairs.contains(first + " " + second);
    }

    /** Whether two words' cores stand next to the same content word somewhere, on the same side. */
    boolean shareContext(String normalA, String normalB) {
        Set<String> a = contexts.getOrDefault(core(normalA), Set.of());
        Set<String> b = contexts.getOrDefault(core(normalB), Set.of());
        for (String c : a.size() < b.size() ? a : b) {
            if ((a.size() < b.size() ? b : a).contains(c)) return true;
        }
        return false;
    }

    /** {@link WordRules#core} against the corpus lexicon, remembered. */
    String core(String normal) {
        return cores.computeIfAbsent(normal, n -> WordRules.core(n, lexicon));
    }

    /** Whether these are the words of that corpus analysis (the very same object). */
    boolean of(CorpusAnalysis analysis) {
        return source == analysis;
    }
}
