package org.maqal.exercise;

import java.util.ArrayList;
import java.util.List;
import org.maqal.model.ArticleReport;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Sentence;
import org.maqal.model.Span;
import org.maqal.model.Token;
import org.maqal.model.TokenKind;

/**
 * An article's tokens sentence by sentence, with the spans of its names, for generators that cut a
 * word or a fact out of a sentence. Immutable; build one per article and generation.
 */
public final class ArticleTokens {
    private final ArticleReport report;
    private final List<List<Token>> bySentence;
    private final List<List<Span>> names;
    private final List<List<EntityType>> nameTypes;

    private ArticleTokens(ArticleReport report) {
        this.report = report;
        int n = report.analysis().sentences().size();
        List<List<Token>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) lists.add(new ArrayList<>());
        for (Token t : report.analysis().tokens()) {
            if (t.sentence() >= 0 && t.sentence() < n) lists.get(t.sentence()).add(t);
        }
        this.bySentence = lists.stream().map(List::copyOf).toList();
        List<List<Span>> spans = new ArrayList<>(n);
        List<List<EntityType>> types = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            spans.add(new ArrayList<>());
            types.add(new ArrayList<>());
        }
        for (Entity e : report.analysis().entities()) {
            for (Span m : e.mentions()) {
                if (m.sentence() < 0 || m.sentence() >= n) continue;
                spans.get(m.sentence()).add(m);
                types.get(m.sentence()).add(e.type());
            }
        }
        this.names = spans;
        this.nameTypes = types;
    }

    /** The tokens of one analysed article. */
    public static ArticleTokens of(ArticleReport report) {
        return new ArticleTokens(report);
    }

    public ArticleReport report() {
        return report;
    }

    public String articleId() {
        return report.id();
    }

    public int sentenceCount() {
        return bySentence.size();
    }

    public Sentence sentence(int index) {
        return report.analysis().sentence(index);
    }

    /** The tokens of a sentence, punctuation included, in reading order. */
    public List<Token> tokens(int sentence) {
        return bySentence.get(sentence);
    }

    /** How many words (and numbers) a sentence has, punctuation left out. */
    public int words(int sentence) {
        int n = 0;
        for (Token t : bySentence.get(sentence)) if (t.kind() != TokenKind.PUNCTUATION) n++;
        return n;
    }

    /** Whether a token lies in the mention of a person, organisation or place. */
    public boolean inName(Token token) {
        return nameType(token) != null;
    }

    /** The kind of name a token lies in, or null when it is in none. */
    public EntityType nameType(Token token) {
        if (token.sentence() < 0 || token.sentence() >= names.size()) return null;
        List<Span> spans = names.get(token.sentence());
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (token.start() < s.end() && s.start() < token.end()) return nameTypes.get(token.sentence()).get(i);
        }
        return null;
    }

    /**
     * A sentence's text with the stretch {@code start..end} (offsets in the article) replaced.
     *
     * @throws IllegalArgumentException when the stretch is not inside the sentence
     */
    public String replace(int sentence, int start, int end, String replacement) {
        Sentence s = sentence(sentence);
        if (start < s.start() || end > s.end() || end < start) {
            throw new IllegalArgumentException("the stretch " + start + ".." + end + " is not in sentence " + sentence);
        }
        return s.text().substring(0, start - s.start()) + replacement + s.text().substring(end - s.start());
    }

    /** The sentence's neighbour of a token at {@code offset} places away (−1 before, +1 after), if any. */
    public Token neighbour(Token token, int offset) {
        List<Token> list = bySentence.get(token.sentence());
        int i = indexOf(list, token) + offset;
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }

    /** The index of a token in its sentence's list, found by its offset (tokens are in order). */
    private static int indexOf(List<Token> list, Token token) {
        int lo = 0;
        int hi = list.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = list.get(mid).start();
            if (start == token.start()) return mid;
            if (start < token.start()) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }
}
