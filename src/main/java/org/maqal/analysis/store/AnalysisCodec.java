package org.maqal.analysis.store;

import java.util.ArrayList;
import java.util.List;
import org.maqal.analysis.store.BinaryIn.Damaged;
import org.maqal.analysis.store.Dictionary.Unencodable;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Figure;
import org.maqal.model.Sentence;
import org.maqal.model.Span;
import org.maqal.model.TokenKind;
import org.maqal.model.TokenList;
import org.maqal.model.Unit;

/**
 * One article's analysis as bytes, through the public records of {@code org.maqal.model}: its
 * sentences as offsets into the text, its tokens as offsets with the numbers of their forms in the
 * file's {@link Dictionary}, then its entities, figures and claims. The article itself (text and
 * metadata) is not stored: the reader gives it, and it must be the article whose text was analysed.
 *
 * <pre>
 * sentences  count; each: flags (1 headline, 2 text stored), index − position (zig-zag),
 *            start − previous end (zig-zag), length, [text]
 * tokens     count; each: flags (kind, 8 function word, 16 text is its normal form, 32 stem is its
 *            normal form), start − previous end (zig-zag), length, sentence − previous (zig-zag),
 *            normal, [text], [stem]
 * entities   count; each: name, type, role, mentions (count, spans)
 * figures    count; each: text, value (IEEE 754 bits), unit, what, span
 * claims     count; each: speaker, role, verb, text, direct (0 or 1), span
 * span       start, length, sentence (zig-zag), text
 * </pre>
 *
 * Strings are dictionary numbers (varints). Stateless.
 */
final class AnalysisCodec {
    private static final int HEADLINE = 1;
    private static final int SENTENCE_TEXT = 2;
    private static final int KIND_MASK = 7;
    private static final int FUNCTION = 8;
    private static final int TEXT_IS_NORMAL = 16;
    private static final int STEM_IS_NORMAL = 32;
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final EntityType[] TYPES = EntityType.values();
    private static final Unit[] UNITS = Unit.values();

    private AnalysisCodec() {
    }

    static void encode(ArticleAnalysis analysis, Dictionary strings, BinaryOut out) throws Unencodable {
        String text = analysis.article().text();
        List<Sentence> sentences = analysis.sentences();
        out.varint(sentences.size());
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean own = !isSlice(text, s);
            out.byte1((s.headline() ? HEADLINE : 0) | (own ? SENTENCE_TEXT : 0));
            out.zigzag(s.index() - i);
            out.zigzag(s.start() - previousEnd);
            out.zigzag(s.end() - s.start());
            if (own) out.varint(strings.number(s.text()));
            previousEnd = s.end();
        }
        TokenList tokens = TokenList.copyOf(analysis.tokens());
        out.varint(tokens.size());
        previousEnd = 0;
        int previousSentence = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String normal = tokens.normal(i);
            boolean textSame = same(tokens.text(i), normal);
            boolean stemSame = same(tokens.stem(i), normal);
            out.byte1(tokens.kind(i).ordinal() | (tokens.function(i) ? FUNCTION : 0) | (textSame ? TEXT_IS_NORMAL : 0)
                    | (stemSame ? STEM_IS_NORMAL : 0));
            out.zigzag(tokens.start(i) - previousEnd);
            out.zigzag(tokens.end(i) - tokens.start(i));
            out.zigzag(tokens.sentence(i) - previousSentence);
            out.varint(strings.number(normal));
            if (!textSame) out.varint(strings.number(tokens.text(i)));
            if (!stemSame) out.varint(strings.number(tokens.stem(i)));
            previousEnd = tokens.end(i);
            previousSentence = tokens.sentence(i);
        }
        out.varint(analysis.entities().size());
        for (Entity e : analysis.entities()) {
            out.varint(strings.number(e.name()));
            out.byte1(e.type() == null ? TYPES.length : e.type().ordinal());
            out.varint(strings.number(e.role()));
            out.varint(e.mentions().size());
            for (Span m : e.mentions()) span(m, strings, out);
        }
        out.varint(analysis.figures().size());
        for (Figure f : analysis.figures()) {
            out.varint(strings.number(f.text()));
            out.float64(f.value());
            out.byte1(f.unit() == null ? UNITS.length : f.unit().ordinal());
            out.varint(strings.number(f.what()));
            span(f.span(), strings, out);
        }
        out.varint(analysis.claims().size());
        for (Claim c : analysis.claims()) {
            out.varint(strings.number(c.speaker()));
            out.varint(strings.number(c.speakerRole()));
            out.varint(strings.number(c.verb()));
            out.varint(strings.number(c.text()));
            out.byte1(c.direct() ? 1 : 0);
            span(c.span(), strings, out);
        }
    }

    /**
     * The analysis of this article stored in the bytes. Offsets are taken as stored (the file's
     * checksum guards them), except where a sentence's text is cut from the article's.
     *
     * @throws Damaged when the bytes are not an analysis this codec wrote
     */
    static ArticleAnalysis decode(BinaryIn in, String[] strings, Article article) throws Damaged {
        String text = article.text();
        int n = in.count(4);
        List<Sentence> sentences = new ArrayList<>(n);
        int previousEnd = 0;
        for (int i = 0; i < n; i++) {
            int flags = in.byte1();
            int index = in.zigzag() + i;
            int start = previousEnd + in.zigzag();
            int end = start + in.zigzag();
            String own = (flags & SENTENCE_TEXT) != 0 ? string(in, strings) : slice(text, start, end);
            sentences.add(new Sentence(index, start, end, own, (flags & HEADLINE) != 0));
            previousEnd = end;
        }
        n = in.count(5);
        TokenList.Builder tokens = TokenList.builder(n);
        previousEnd = 0;
        int previousSentence = 0;
        for (int i = 0; i < n; i++) {
            int flags = in.byte1();
            if ((flags & KIND_MASK) >= KINDS.length) throw new Damaged("unknown token kind");
            int start = previousEnd + in.zigzag();
            int end = start + in.zigzag();
            int sentence = previousSentence + in.zigzag();
            String normal = string(in, strings);
            String written = (flags & TEXT_IS_NORMAL) != 0 ? normal : string(in, strings);
            String stem = (flags & STEM_IS_NORMAL) != 0 ? normal : string(in, strings);
            tokens.add(written, start, end, sentence, KINDS[flags & KIND_MASK], normal, stem, (flags & FUNCTION) != 0);
            previousEnd = end;
            previousSentence = sentence;
        }
        n = in.count(4);
        List<Entity> entities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = string(in, strings);
            EntityType type = constant(TYPES, in.byte1());
            String role = string(in, strings);
            int m = in.count(4);
            List<Span> mentions = new ArrayList<>(m);
            for (int j = 0; j < m; j++) mentions.add(span(in, strings));
            entities.add(new Entity(name, type, role, mentions));
        }
        n = in.count(14);
        List<Figure> figures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String written = string(in, strings);
            double value = in.float64();
            Unit unit = constant(UNITS, in.byte1());
            figures.add(new Figure(written, value, unit, string(in, strings), span(in, strings)));
        }
        n = in.count(9);
        List<Claim> claims = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String speaker = string(in, strings);
            String role = string(in, strings);
            String verb = string(in, strings);
            String said = string(in, strings);
            int direct = in.byte1();
            if (direct > 1) throw new Damaged("not a yes or no");
            claims.add(new Claim(speaker, role, verb, said, direct == 1, span(in, strings)));
        }
        if (!in.atEnd()) throw new Damaged("bytes left after the analysis");
        return new ArticleAnalysis(article, sentences, tokens.build(), entities, figures, claims);
    }

    private static void span(Span s, Dictionary strings, BinaryOut out) throws Unencodable {
        out.varint(s.start());
        out.varint(s.end() - s.start());
        out.zigzag(s.sentence());
        out.varint(strings.number(s.text()));
    }

    private static Span span(BinaryIn in, String[] strings) throws Damaged {
        int start = in.varint();
        int end = start + in.varint();
        if (end < start) throw new Damaged("span too long");
        return new Span(start, end, in.zigzag(), string(in, strings));
    }

    private static boolean isSlice(String text, Sentence s) {
        return s.start() >= 0 && s.start() <= s.end() && s.end() <= text.length() && s.text() != null
                && s.text().length() == s.end() - s.start() && text.regionMatches(s.start(), s.text(), 0, s.text().length());
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** The text between offsets that the writer found to hold the sentence's text. */
    private static String slice(String text, int start, int end) throws Damaged {
        if (start < 0 || end < start || end > text.length()) throw new Damaged("sentence outside the text");
        return text.substring(start, end);
    }

    static String string(BinaryIn in, String[] strings) throws Damaged {
        int n = in.varint();
        if (n > strings.length) throw new Damaged("no such string");
        return n == 0 ? null : strings[n - 1];
    }

    /** The constant with this ordinal; the count itself stands for null. */
    static <E> E constant(E[] values, int ordinal) throws Damaged {
        if (ordinal > values.length) throw new Damaged("unknown constant");
        return ordinal == values.length ? null : values[ordinal];
    }
}
