package org.maqal.analysis;

import org.maqal.text.WordMemo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maqal.text.ArabicNormalizer;

/**
 * A set of words, kept in normalised form, read from a resource of this package: words separated
 * by blanks, "#" starts a comment. Immutable and thread-safe.
 */
public final class WordList {
    private final Set<String> words;
    private final WordMemo<Boolean> bare = WordMemo.of(this::findBare);

    private WordList(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** A list of the given words (normalised here). */
    public static WordList of(String... words) {
        Set<String> set = new HashSet<>();
        for (String w : words) set.add(ArabicNormalizer.normalize(w));
        return new WordList(set);
    }

    /** The list in a resource of this package; fails if the resource is missing. */
    public static WordList load(String resource) {
        Set<String> set = new HashSet<>();
        for (String line : lines(resource)) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) set.add(ArabicNormalizer.normalize(w));
            }
        }
        return new WordList(set);
    }

    /** Whether the normalised word is in the list as it stands. */
    public boolean contains(String normal) {
        return words.contains(normal);
    }

    /**
     * Whether the normalised word is in the list once attached و ف ب ل ك and the article are taken
     * off, and an indefinite accusative ending ("مسؤولاً"): "والوزيرة" and "للأمين" are found
     * through "وزيرة" and "أمين".
     */
    public boolean containsBare(String normal) {
        return bare.get(normal);
    }

    private boolean findBare(String normal) {
        for (Clitics.Reading r : Clitics.readings(normal)) {
            String w = r.word();
            if (words.contains(w) || words.contains(Clitics.withoutArticle(w))) return true;
            if (w.length() > 3 && w.endsWith("ا") && words.contains(w.substring(0, w.length() - 1))) return true;
        }
        return false;
    }

    /** The lines of a resource of this package without comments and blank lines. */
    static List<String> lines(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the build");
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!content.isEmpty()) out.add(content);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "WordList" + Arrays.toString(words.stream().sorted().limit(5).toArray()) + "…";
    }
}
