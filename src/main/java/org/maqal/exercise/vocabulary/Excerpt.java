package org.maqal.exercise.vocabulary;

import java.util.List;
import org.maqal.exercise.ArticleTokens;
import org.maqal.model.GapFill;
import org.maqal.model.Token;
import org.maqal.model.TokenKind;

/**
 * A stretch of a sentence around one of its words: at most {@value #AROUND} tokens each side (or as many
 * as asked), the
 * cuts marked with "…", the word kept or blanked with {@link GapFill#GAP}. Stateless.
 */
final class Excerpt {
    static final int AROUND = 7;

    private Excerpt() {
    }

    /** The stretch around the occurrence, the word blanked when {@code blank}. */
    static String around(Occurrence o, boolean blank) {
        return around(o, blank, AROUND);
    }

    /** The stretch of {@code around} tokens each side of the occurrence, the word blanked when {@code blank}. */
    static String around(Occurrence o, boolean blank, int around) {
        ArticleTokens a = o.article();
        List<Token> tokens = a.tokens(o.sentence());
        int at = tokens.indexOf(o.token());
        int from = Math.max(0, at - around);
        int to = Math.min(tokens.size() - 1, at + around);
        while (from > 0 && from < at && tokens.get(from).kind() == TokenKind.PUNCTUATION) from++;
        String word = blank ? GapFill.GAP : o.token().text();
        String text = a.replace(o.sentence(), o.token().start(), o.token().end(), word);
        int sentenceStart = a.sentence(o.sentence()).start();
        int shift = word.length() - (o.token().end() - o.token().start());
        int begin = from == 0 ? 0 : tokens.get(from).start() - sentenceStart;
        int end = to == tokens.size() - 1 ? text.length() : tokens.get(to).end() - sentenceStart + shift;
        String cut = text.substring(begin, end).strip();
        return (from == 0 ? "" : "… ") + cut + (to == tokens.size() - 1 ? "" : " …");
    }
}
