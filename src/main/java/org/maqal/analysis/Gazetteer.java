package org.maqal.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maqal.model.EntityType;
import org.maqal.model.Token;
import org.maqal.model.TokenList;
import org.maqal.model.TokenKind;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.WordMemo;

/**
 * Known places and organisations under all their names, found in a text through normalised forms
 * and with attached و ف ب ل ك ال ("وبالعراق", "للحلف", "لحلف شمال الأطلسي"). Each resource line is
 * one entry: its names separated by "|", the preferred first; a name marked "~" is weak and counts
 * only in a text where another name of the same entry occurs ("الحلف" is NATO only where NATO is
 * named). Immutable and thread-safe.
 */
public final class Gazetteer {
    private final List<Entry> entries;
    private final Map<String, List<Alias>> byFirstWord;
    /** The names that can start at a normalised word, by its readings; {@link #NONE} when none can. */
    private final WordMemo<Start> starts = WordMemo.of(this::startOf);

    /**
     * One known place or organisation.
     *
     * @param id    its number in this gazetteer
     * @param type  place or organisation
     * @param names its names as listed, preferred first
     */
    public record Entry(int id, EntityType type, List<String> names) {
        public Entry {
            names = List.copyOf(names);
        }
    }

    /**
     * A run of tokens naming an entry.
     *
     * @param start           first token
     * @param end             token just after the last
     * @param entry           what it names
     * @param rank            which of the entry's names (0 = preferred)
     * @param weak            whether the name counts only beside a strong one
     * @param prefixLetters   letters of the first token that are an attached prefix, not the name
     * @param articleRestored whether the name's article was written as لل
     */
    public record Match(int start, int end, Entry entry, int rank, boolean weak, int prefixLetters, boolean articleRestored) {
    }

    private record Alias(Entry entry, String[] words, int rank, boolean weak) {
    }

    /**
     * The names that can start at an Arabic word: each of its readings ({@link Clitics#readings})
     * that is the first word of a name, in order, with those names (longest first). Worked out once
     * per word, so that finding names at a token reads them instead of looking its readings up.
     */
    static final class Start {
        private final Clitics.Reading[] readings;
        private final List<List<Alias>> aliases;

        private Start(Clitics.Reading[] readings, List<List<Alias>> aliases) {
            this.readings = readings;
            this.aliases = aliases;
        }
    }

    /** What a word that starts no name has. */
    static final Start NONE = new Start(new Clitics.Reading[0], List.of());

    private Gazetteer(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<Alias>> index = new HashMap<>();
        for (Entry entry : entries) {
            for (int rank = 0; rank < entry.names().size(); rank++) {
                String name = entry.names().get(rank);
                boolean weak = name.startsWith("~");
                String[] words = ArabicNormalizer.normalize(weak ? name.substring(1) : name).strip().split("\\s+");
                index.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Alias(entry, words, rank, weak));
            }
        }
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> -a.words().length)));
        this.byFirstWord = Map.copyOf(index);
    }

    /** Maqal's own lists: {@code places.txt} and {@code organizations.txt}. */
    public static Gazetteer standard() {
        List<Entry> entries = new ArrayList<>();
        addLines(entries, EntityType.PLACE, WordList.lines("places.txt"));
        addLines(entries, EntityType.ORGANIZATION, WordList.lines("organizations.txt"));
        return new Gazetteer(entries);
    }

    /** A gazetteer of the given lines, all of one type; each line is "name | name | ~weak name". */
    public static Gazetteer of(EntityType type, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        addLines(entries, type, lines);
        return new Gazetteer(entries);
    }

    private static void addLines(List<Entry> entries, EntityType type, List<String> lines) {
        for (String line : lines) {
            List<String> names = new ArrayList<>();
            for (String name : line.split("\\|")) {
                if (!name.isBlank()) names.add(name.strip());
            }
            if (!names.isEmpty()) entries.add(new Entry(entries.size(), type, names));
        }
    }

    /** All entries, in the order they were listed. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The names of entries in a run of tokens, longest first where they overlap, in reading order;
     * weak names only where a strong name of the same entry occurs. A name never crosses a sentence.
     */
    public List<Match> find(List<Token> list) {
        TokenList tokens = TokenList.copyOf(list);
        Start[] starts = new Start[tokens.size()];
        for (int i = 0; i < starts.length; i++) starts[i] = startAt(tokens.normal(i));
        return find(tokens, starts);
    }

    /** The names that can start at a token with this normal form, by the word itself or a reading of it; {@link #NONE} when none can. */
    Start startAt(String normal) {
        return this.starts.get(normal);
    }

    /** {@link #find(List)}, where {@code starts} has for each token {@link #startAt} its normal form. */
    List<Match> find(TokenList tokens, Start[] starts) {
        List<Match> found = new ArrayList<>();
        Set<Integer> strong = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = starts[i] != NONE ? longestAt(tokens, i, starts[i]) : null;
            if (best == null) {
                i++;
                continue;
            }
            found.add(best);
            if (!best.weak()) strong.add(best.entry().id());
            i = best.end();
        }
        found.removeIf(m -> m.weak() && !strong.contains(m.entry().id()));
        return found;
    }

    private Start startOf(String normal) {
        List<Clitics.Reading> readings = new ArrayList<>();
        List<List<Alias>> aliases = new ArrayList<>();
        for (Clitics.Reading reading : Clitics.readings(normal)) {
            List<Alias> names = byFirstWord.get(reading.word());
            if (names == null) continue;
            readings.add(reading);
            aliases.add(names);
        }
        return readings.isEmpty() ? NONE : new Start(readings.toArray(new Clitics.Reading[0]), List.copyOf(aliases));
    }

    private Match longestAt(TokenList tokens, int i, Start start) {
        TokenKind kind = tokens.kind(i);
        if (kind == TokenKind.ARABIC) return longestAt(tokens, i, start.readings, start.aliases);
        if (kind != TokenKind.LATIN) return null;
        List<Alias> aliases = byFirstWord.get(tokens.normal(i));
        if (aliases == null) return null;
        return longestAt(tokens, i, new Clitics.Reading[] {new Clitics.Reading(tokens.normal(i), 0, false)}, List.of(aliases));
    }

    /** The longest name at token i that begins with one of the readings of its word, the first reading's first on a tie. */
    private Match longestAt(TokenList tokens, int i, Clitics.Reading[] readings, List<List<Alias>> names) {
        Match best = null;
        for (int r = 0; r < readings.length; r++) {
            Clitics.Reading reading = readings[r];
            List<Alias> aliases = names.get(r);
            for (int a = 0; a < aliases.size(); a++) {
                Alias alias = aliases.get(a);
                int length = alias.words().length;
                if (best != null && length <= best.end() - best.start()) break;
                if (restMatches(tokens, i, alias.words())) {
                    best = new Match(i, i + length, alias.entry(), alias.rank(), alias.weak(),
                            reading.letters(), reading.articleRestored());
                    break;
                }
            }
        }
        return best;
    }

    private static boolean restMatches(TokenList tokens, int i, String[] words) {
        if (i + words.length > tokens.size()) return false;
        int sentence = tokens.sentence(i);
        for (int k = 1; k < words.length; k++) {
            if (tokens.sentence(i + k) != sentence || !tokens.normal(i + k).equals(words[k])) return false;
        }
        return true;
    }
}
