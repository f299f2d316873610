package org.maqal.analysis;

import java.util.List;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Span;
import org.maqal.model.TokenList;

/**
 * Which entity each token of a text belongs to, from the entities' mention spans, and a
 * {@link TokenView} that knows the organisations and places. Built for one text; does not change
 * once built.
 */
final class EntityIndex {
    /** A mention of an entity over tokens [start, end). */
    record Mention(Entity entity, int start, int end) {
        EntityType type() { return entity.type(); }
    }

    /** At each token: the longest mention starting there, preferring people ({@link #startingAt}), or null. */
    private final Mention[] longestFrom;
    /** At each token: the first person mention starting there, in the order of the entities, or null. */
    private final Mention[] personFrom;
    private final Mention[] covering;
    private final TokenView view;

    EntityIndex(TokenList tokens, LexiconWords.Word[] words, List<Entity> entities) {
        covering = new Mention[tokens.size()];
        longestFrom = new Mention[tokens.size()];
        personFrom = new Mention[tokens.size()];
        TokenView.Builder builder = TokenView.builder(tokens, words);
        int key = 0;
        boolean[] known = new boolean[tokens.size()];
        for (Entity e : entities) {
            key++;
            String knownKey = null;
            for (Span s : e.mentions()) {
                // the tokens the mention overlaps: from the first that ends after its start to the first that starts at its end
                int start = tokens.firstEndingAfter(s.start());
                int end = tokens.firstStartingFrom(s.end());
                if (start >= end) continue;
                Mention m = new Mention(e, start, end);
                Mention longest = longestFrom[start];
                if (longest == null || wider(m, longest) || (width(m) == width(longest) && m.type() == EntityType.PERSON)) {
                    longestFrom[start] = m;
                }
                if (personFrom[start] == null && m.type() == EntityType.PERSON) personFrom[start] = m;
                for (int i = start; i < end; i++) {
                    if (covering[i] == null || wider(m, covering[i])) covering[i] = m;
                }
                if (e.type() != EntityType.PERSON && free(known, start, end)) {
                    if (knownKey == null) knownKey = "e" + key;
                    builder.known(start, end, knownKey);
                    for (int i = start; i < end; i++) known[i] = true;
                }
            }
        }
        view = builder.build();
    }

    private static boolean wider(Mention a, Mention b) {
        return width(a) > width(b);
    }

    private static int width(Mention m) {
        return m.end() - m.start();
    }

    private static boolean free(boolean[] known, int start, int end) {
        for (int i = start; i < end; i++) if (known[i]) return false;
        return true;
    }

    TokenView view() { return view; }

    /**
     * Which tokens are part of a name: those some mention covers, as {@link VocabularyBuilder#namedTokens}
     * finds them from the entities alone (for an analysis kept without its index).
     */
    boolean[] namedTokens() {
        boolean[] named = new boolean[covering.length];
        for (int i = 0; i < named.length; i++) named[i] = covering[i] != null;
        return named;
    }

    /** The longest mention starting at token i, preferring people, or null. */
    Mention startingAt(int i) {
        return i >= 0 && i < longestFrom.length ? longestFrom[i] : null;
    }

    /** The widest mention covering token i, or null. */
    Mention covering(int i) {
        return i >= 0 && i < covering.length ? covering[i] : null;
    }

    /** The person mention covering token i, or null. */
    Mention personAt(int i) {
        Mention m = covering(i);
        if (m != null && m.type() == EntityType.PERSON) return m;
        return i >= 0 && i < personFrom.length ? personFrom[i] : null;
    }
}
