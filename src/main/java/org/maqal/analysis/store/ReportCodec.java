package org.maqal.analysis.store;

import java.util.ArrayList;
import java.util.List;
import org.maqal.analysis.store.BinaryIn.Damaged;
import org.maqal.analysis.store.Dictionary.Unencodable;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleReport;
import org.maqal.model.Readability;
import org.maqal.model.VocabularyItem;
import org.maqal.model.VocabularyList;

/**
 * What one article's report adds to its analysis, as bytes: the vocabulary measured against the
 * whole corpus and the readability. Valid only for the corpus it was measured in.
 *
 * <pre>
 * readability  0 for none, or 1 then words, sentences (zig-zag), five measures (IEEE 754 bits)
 * vocabulary   count; each: headword, stem, forms (count, strings), count, articles, keyness
 *              (IEEE 754 bits), topic (0 or 1), example sentence (zig-zag); up to the report's end
 * </pre>
 *
 * Strings are numbers in the file's {@link Dictionary}. The vocabulary comes last so that a reader
 * can leave it to be decoded when it is first used ({@link VocabularyList#lazy}). Stateless.
 */
final class ReportCodec {
    private ReportCodec() {
    }

    static void encode(ArticleReport report, Dictionary strings, BinaryOut out) throws Unencodable {
        Readability r = report.readability();
        out.byte1(r == null ? 0 : 1);
        if (r != null) {
            out.zigzag(r.words());
            out.zigzag(r.sentences());
            out.float64(r.wordsPerSentence());
            out.float64(r.lettersPerWord());
            out.float64(r.longWordShare());
            out.float64(r.typeTokenRatio());
            out.float64(r.rareWordShare());
        }
        List<VocabularyItem> vocabulary = report.vocabulary();
        out.varint(vocabulary.size());
        for (VocabularyItem v : vocabulary) {
            out.varint(strings.number(v.headword()));
            out.varint(strings.number(v.stem()));
            out.varint(v.forms().size());
            for (String form : v.forms()) out.varint(strings.number(form));
            out.zigzag(v.count());
            out.zigzag(v.articles());
            out.float64(v.keyness());
            out.byte1(v.topic() ? 1 : 0);
            out.zigzag(v.example());
        }
    }

    /**
     * The report stored in the bytes, for this analysis. Its vocabulary is decoded when first used;
     * should its bytes then prove not to be a vocabulary this codec wrote (which the file's checksum
     * makes all but impossible), it is empty.
     *
     * @throws Damaged when the readability cannot be read
     */
    static ArticleReport decode(BinaryIn in, String[] strings, ArticleAnalysis analysis) throws Damaged {
        Readability readability = null;
        int present = in.byte1();
        if (present > 1) throw new Damaged("not a yes or no");
        if (present == 1) {
            readability = new Readability(in.zigzag(), in.zigzag(), in.float64(), in.float64(), in.float64(), in.float64(),
                    in.float64());
        }
        BinaryIn vocabulary = in.rest();
        return new ArticleReport(analysis, VocabularyList.lazy(() -> {
            try {
                return vocabulary(vocabulary, strings);
            } catch (Damaged | RuntimeException e) {
                return VocabularyList.copyOf(List.of());
            }
        }), readability);
    }

    private static VocabularyList vocabulary(BinaryIn in, String[] strings) throws Damaged {
        int n = in.count(14);
        List<VocabularyItem> vocabulary = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String headword = AnalysisCodec.string(in, strings);
            String stem = AnalysisCodec.string(in, strings);
            List<String> forms = forms(in, strings);
            int count = in.zigzag();
            int articles = in.zigzag();
            double keyness = in.float64();
            int topic = in.byte1();
            if (topic > 1) throw new Damaged("not a yes or no");
            vocabulary.add(new VocabularyItem(headword, stem, forms, count, articles, keyness, topic == 1, in.zigzag()));
        }
        if (!in.atEnd()) throw new Damaged("bytes left after the report");
        return VocabularyList.copyOf(vocabulary);
    }

    /** The forms as an immutable list, so that the item keeps it without a copy. */
    private static List<String> forms(BinaryIn in, String[] strings) throws Damaged {
        int n = in.count(1);
        if (n == 1) return List.of(AnalysisCodec.string(in, strings));
        String[] forms = new String[n];
        for (int j = 0; j < n; j++) forms[j] = AnalysisCodec.string(in, strings);
        return List.of(forms);
    }
}
