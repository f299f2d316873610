package org.maqal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Recognises Arabic function words: prepositions, conjunctions, pronouns, particles, demonstratives
 * and auxiliaries, also with an attached conjunction (و، ف), preposition (ب، ل، ك) or pronoun suffix
 * (وفيه، بأنه، عليها، لكنهم). Such words never become vocabulary or gaps. Thread-safe once built.
 */
public final class FunctionWords {
    private static final String[] CONJUNCTIONS = {"و", "ف"};
    private static final String[] PREPOSITIONS = {"ب", "ل", "ك"};
    private static final String[] PRONOUN_SUFFIXES = {"هما", "هم", "هن", "ها", "ه", "كما", "كم", "كن", "ك", "نا", "ني", "ي"};

    private final Set<String> words;

    private FunctionWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The list shipped with Maqal ({@code function-words.txt}). */
    public static FunctionWords standard() {
        try (InputStream in = FunctionWords.class.getResourceAsStream("function-words.txt")) {
            if (in == null) throw new IllegalStateException("function-words.txt is missing from the build");
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                for (String word : line.trim().split("\\s+")) words.add(ArabicNormalizer.normalize(word));
            }
            return new FunctionWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a normalised word ({@link ArabicNormalizer#normalize}) is a function word. */
    public boolean contains(String normal) {
        if (isBare(normal)) return true;
        for (String conjunction : CONJUNCTIONS) {
            if (normal.length() > conjunction.length() && normal.startsWith(conjunction)
                    && isBare(normal.substring(conjunction.length()))) {
                return true;
            }
        }
        return false;
    }

    private boolean isBare(String w) {
        if (words.contains(w) || withPronoun(w)) return true;
        for (String preposition : PREPOSITIONS) {
            if (w.length() > 1 && w.startsWith(preposition)) {
                String rest = w.substring(1);
                if (words.contains(rest) || withPronoun(rest)) return true;
            }
        }
        return false;
    }

    private boolean withPronoun(String w) {
        for (String suffix : PRONOUN_SUFFIXES) {
            if (w.length() > suffix.length() && w.endsWith(suffix)) {
                String host = w.substring(0, w.length() - suffix.length());
                if (words.contains(host) || isClitic(host)) return true;
            }
        }
        return false;
    }

    private static boolean isClitic(String host) {
        return host.equals("ب") || host.equals("ل") || host.equals("ك");
    }
}
