package org.maqal.analysis.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Function;
import org.maqal.analysis.store.BinaryIn.Damaged;
import org.maqal.analysis.store.Dictionary.Unencodable;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Figure;
import org.maqal.model.Sentence;
import org.maqal.model.SentenceList;
import org.maqal.model.Span;
import org.maqal.model.TokenKind;
import org.maqal.model.TokenList;
import org.maqal.model.Unit;
import org.maqal.model.WordForm;

/**
 * One article's analysis as bytes, through the public records of {@code org.maqal.model}: its
 * sentences as offsets into the text, its tokens as offsets with the numbers of their forms in the
 * file's {@link Dictionary}, then its entities, figures and claims. The article itself (text and
 * metadata) is not stored: the reader gives it, and it must be the article whose text was analysed.
 * The tokens, most of the bytes, are preceded by their length, so that a reader can leave them, and
 * the entities, figures and claims after them, to be decoded when they are first used.
 *
 * <pre>
 * sentences  count; each: flags (1 headline, 2 text stored), index − position (zig-zag),
 *            start − previous end (zig-zag), length, [text]
 * tokens     length in bytes up to the entities; count; each: flags (bits 0–1 kind, 4 function
 *            word, 8 text is its normal form, 16 stem is its normal form, 32 in the sentence after
 *            the previous token's, bits 6–7 the gap from the previous token's end: 0–2, or 3 when the
 *            gap and the sentence step follow as zig-zag numbers), length (zig-zag), normal, [text],
 *            [stem]
 * entities   count; each: name, type, role, mentions (count, spans)
 * figures    count; each: text, value (IEEE 754 bits), unit, what, span
 * claims     count; each: speaker, role, verb, text (0 when it is the span's text, else string + 1),
 *            direct (0 or 1), span
 * span       start, length, sentence (zig-zag), text (0 when it is the article's text between the
 *            offsets, else string + 1)
 * </pre>
 *
 * Strings are dictionary numbers (varints). Stateless.
 */
final class AnalysisCodec {
    private static final int HEADLINE = 1;
    private static final int SENTENCE_TEXT = 2;
    private static final int KIND_MASK = 3;
    private static final int FUNCTION = 4;
    private static final int TEXT_IS_NORMAL = 8;
    private static final int STEM_IS_NORMAL = 16;
    private static final int NEXT_SENTENCE = 32;
    private static final int GAP_SHIFT = 6;
    /** The gap value that says the gap and the sentence step follow as numbers. */
    private static final int GAP_FOLLOWS = 3;
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final EntityType[] TYPES = EntityType.values();
    private static final Unit[] UNITS = Unit.values();

    private AnalysisCodec() {
    }

    /** Writes an analysis; {@code scratch} is room for its tokens, which are written after their length. */
    static void encode(ArticleAnalysis analysis, Dictionary strings, BinaryOut out, BinaryOut scratch) throws Unencodable {
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
        scratch.clear();
        tokens(TokenList.copyOf(analysis.tokens()), strings, scratch);
        out.varint(scratch.size());
        out.append(scratch);
        out.varint(analysis.entities().size());
        for (Entity e : analysis.entities()) {
            out.varint(strings.number(e.name()));
            out.byte1(e.type() == null ? TYPES.length : e.type().ordinal());
            out.varint(strings.number(e.role()));
            out.varint(e.mentions().size());
            for (Span m : e.mentions()) span(m, text, strings, out);
        }
        out.varint(analysis.figures().size());
        for (Figure f : analysis.figures()) {
            out.varint(strings.number(f.text()));
            out.float64(f.value());
            out.byte1(f.unit() == null ? UNITS.length : f.unit().ordinal());
            out.varint(strings.number(f.what()));
            span(f.span(), text, strings, out);
        }
        out.varint(analysis.claims().size());
        for (Claim c : analysis.claims()) {
            out.varint(strings.number(c.speaker()));
            out.varint(strings.number(c.speakerRole()));
            out.varint(strings.number(c.verb()));
            boolean spanText = c.text() != null && c.text().equals(c.span().text());
            out.varint(spanText ? 0 : strings.number(c.text()) + 1);
            out.byte1(c.direct() ? 1 : 0);
            span(c.span(), text, strings, out);
        }
    }

    private static void tokens(TokenList tokens, Dictionary strings, BinaryOut out) throws Unencodable {
        out.varint(tokens.size());
        int previousEnd = 0;
        int previousSentence = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String normal = tokens.normal(i);
            boolean textSame = same(tokens.text(i), normal);
            boolean stemSame = same(tokens.stem(i), normal);
            int kind = tokens.kind(i).ordinal();
            if (kind > KIND_MASK) throw new Unencodable();
            int gap = tokens.start(i) - previousEnd;
            int step = tokens.sentence(i) - previousSentence;
            boolean small = gap >= 0 && gap < GAP_FOLLOWS && (step == 0 || step == 1);
            out.byte1(kind | (tokens.function(i) ? FUNCTION : 0) | (textSame ? TEXT_IS_NORMAL : 0)
                    | (stemSame ? STEM_IS_NORMAL : 0) | (small && step == 1 ? NEXT_SENTENCE : 0)
                    | (small ? gap : GAP_FOLLOWS) << GAP_SHIFT);
            if (!small) {
                out.zigzag(gap);
                out.zigzag(step);
            }
            out.zigzag(tokens.end(i) - tokens.start(i));
            out.varint(strings.number(normal));
            if (!textSame) out.varint(strings.number(tokens.text(i)));
            if (!stemSame) out.varint(strings.number(tokens.stem(i)));
            previousEnd = tokens.end(i);
            previousSentence = tokens.sentence(i);
        }
    }

    /**
     * The analysis of this article stored in the bytes. Offsets are taken as stored (the file's
     * checksum guards them), except where a sentence's text is cut from the article's. The sentences
     * are decoded now; the tokens, and the entities, figures and claims ({@link StoredFindings}), when
     * first used: should their bytes then prove not to be what this codec wrote, they are those of
     * the analysis {@code again} makes of the article instead.
     *
     * @throws Damaged when the sentences cannot be read or the tokens' length is wrong
     */
    static ArticleAnalysis decode(BinaryIn in, String[] strings, Article article, Function<Article, ArticleAnalysis> again)
            throws Damaged {
        List<Sentence> sentences = sentences(in, strings, article.text());
        BinaryIn tokenBytes = in.part(in.count(1));
        TokenList tokens = TokenList.lazy(() -> {
            try {
                return tokens(tokenBytes, strings);
            } catch (Damaged | RuntimeException e) {
                return TokenList.copyOf(again.apply(article).tokens());
            }
        });
        StoredFindings findings = new StoredFindings(in.rest(), strings, article, again);
        return new ArticleAnalysis(article, sentences, tokens, findings.entities(), findings.figures(), findings.claims());
    }

    /** The sentences, kept as offsets into the text unless one of them has a text of its own. */
    private static List<Sentence> sentences(BinaryIn in, String[] strings, String text) throws Damaged {
        int n = in.count(4);
        int[] indexes = new int[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        boolean[] headlines = new boolean[n];
        String[] own = null;
        int previousEnd = 0;
        for (int i = 0; i < n; i++) {
            int flags = in.byte1();
            indexes[i] = in.zigzag() + i;
            starts[i] = previousEnd + in.zigzag();
            ends[i] = starts[i] + in.zigzag();
            headlines[i] = (flags & HEADLINE) != 0;
            if ((flags & SENTENCE_TEXT) != 0) {
                if (own == null) own = new String[n];
                own[i] = string(in, strings);
            }
            previousEnd = ends[i];
        }
        if (own == null) {
            try {
                return SentenceList.of(text, indexes, starts, ends, headlines);
            } catch (IllegalArgumentException e) {
                throw new Damaged("sentence outside the text");
            }
        }
        List<Sentence> sentences = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String written = own[i] != null ? own[i] : slice(text, starts[i], ends[i]);
            sentences.add(new Sentence(indexes[i], starts[i], ends[i], written, headlines[i]));
        }
        return sentences;
    }

    private static TokenList tokens(BinaryIn in, String[] strings) throws Damaged {
        int n = in.count(3);
        TokenList.Builder tokens = TokenList.builder(n);
        SharedWords words = new SharedWords();
        int previousEnd = 0;
        int previousSentence = 0;
        for (int i = 0; i < n; i++) {
            int flags = in.byte1();
            int gap = flags >>> GAP_SHIFT;
            int start;
            int sentence;
            if (gap == GAP_FOLLOWS) {
                start = previousEnd + in.zigzag();
                sentence = previousSentence + in.zigzag();
            } else {
                start = previousEnd + gap;
                sentence = previousSentence + ((flags & NEXT_SENTENCE) != 0 ? 1 : 0);
            }
            int end = start + in.zigzag();
            String normal = string(in, strings);
            String written = (flags & TEXT_IS_NORMAL) != 0 ? normal : string(in, strings);
            String stem = (flags & STEM_IS_NORMAL) != 0 ? normal : string(in, strings);
            tokens.add(words.of(written, normal, stem, (flags & FUNCTION) != 0), start, end, sentence,
                    KINDS[flags & KIND_MASK]);
            previousEnd = end;
            previousSentence = sentence;
        }
        if (!in.atEnd()) throw new Damaged("bytes left after the tokens");
        return tokens.build();
    }

    static List<Entity> entities(BinaryIn in, String[] strings, String text) throws Damaged {
        int n = in.count(4);
        Entity[] entities = new Entity[n];
        for (int i = 0; i < n; i++) {
            String name = string(in, strings);
            EntityType type = constant(TYPES, in.byte1());
            String role = string(in, strings);
            Span[] mentions = new Span[in.count(4)];
            for (int j = 0; j < mentions.length; j++) mentions[j] = span(in, strings, text);
            entities[i] = new Entity(name, type, role, Arrays.asList(mentions));
        }
        return Arrays.asList(entities);
    }

    static List<Figure> figures(BinaryIn in, String[] strings, String text) throws Damaged {
        int n = in.count(15);
        Figure[] figures = new Figure[n];
        for (int i = 0; i < n; i++) {
            String written = string(in, strings);
            double value = in.float64();
            Unit unit = constant(UNITS, in.byte1());
            figures[i] = new Figure(written, value, unit, string(in, strings), span(in, strings, text));
        }
        return Arrays.asList(figures);
    }

    static List<Claim> claims(BinaryIn in, String[] strings, String text) throws Damaged {
        int n = in.count(9);
        Claim[] claims = new Claim[n];
        for (int i = 0; i < n; i++) {
            String speaker = string(in, strings);
            String role = string(in, strings);
            String verb = string(in, strings);
            int said = in.varint();
            int direct = in.byte1();
            if (direct > 1) throw new Damaged("not a yes or no");
            Span span = span(in, strings, text);
            claims[i] = new Claim(speaker, role, verb, said == 0 ? span.text() : string(said - 1, strings), direct == 1, span);
        }
        return Arrays.asList(claims);
    }

    /** A span; its text as 0 when it is the article's text between its offsets, else the string's number + 1. */
    private static void span(Span s, String text, Dictionary strings, BinaryOut out) throws Unencodable {
        out.varint(s.start());
        out.varint(s.end() - s.start());
        out.zigzag(s.sentence());
        boolean slice = s.text() != null && s.end() <= text.length() && s.text().length() == s.end() - s.start()
                && text.startsWith(s.text(), s.start());
        out.varint(slice ? 0 : strings.number(s.text()) + 1);
    }

    private static Span span(BinaryIn in, String[] strings, String text) throws Damaged {
        int start = in.varint();
        int end = start + in.varint();
        if (end < start) throw new Damaged("span too long");
        int sentence = in.zigzag();
        int n = in.varint();
        return new Span(start, end, sentence, n == 0 ? slice(text, start, end) : string(n - 1, strings));
    }

    private static boolean isSlice(String text, Sentence s) {
        return s.start() >= 0 && s.start() <= s.end() && s.end() <= text.length() && s.text() != null
                && s.text().length() == s.end() - s.start() && text.regionMatches(s.start(), s.text(), 0, s.text().length());
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** The text between offsets that the writer found to hold a sentence's or span's text. */
    private static String slice(String text, int start, int end) throws Damaged {
        if (start < 0 || end < start || end > text.length()) throw new Damaged("sentence outside the text");
        return text.substring(start, end);
    }

    static String string(BinaryIn in, String[] strings) throws Damaged {
        return string(in.varint(), strings);
    }

    private static String string(int n, String[] strings) throws Damaged {
        if (n < 0 || n > strings.length) throw new Damaged("no such string");
        return n == 0 ? null : strings[n - 1];
    }

    /** The constant with this ordinal; the count itself stands for null. */
    static <E> E constant(E[] values, int ordinal) throws Damaged {
        if (ordinal > values.length) throw new Damaged("unknown constant");
        return ordinal == values.length ? null : values[ordinal];
    }

    /**
     * The words of one article's tokens, made once per written form while reading them, so that the
     * tokens written alike share one {@link WordForm} as the tokenizer's do. A written form read again
     * with other fields (which no writer makes) gets a word of its own.
     */
    private static final class SharedWords {
        private final IdentityHashMap<String, WordForm> words = new IdentityHashMap<>();

        WordForm of(String written, String normal, String stem, boolean function) throws Damaged {
            if (written == null || normal == null || stem == null) throw new Damaged("token without its text");
            WordForm word = words.get(written);
            if (word != null && word.normal() == normal && word.stem() == stem && word.function() == function) return word;
            word = new WordForm(written, normal, stem, function);
            words.putIfAbsent(written, word);
            return word;
        }
    }
}
