package org.maqal.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.maqal.model.Article;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.MetaField;
import org.maqal.model.Sentence;
import org.maqal.text.SentenceSplitter;

/**
 * Makes large corpora for benchmarks and scale tests from a few real articles: each generated
 * article takes the sentences of one article, mixes in sentences of others, changes numbers and
 * names, and adds a few diacritics, so that every text is different but reads like the originals.
 * Deterministic for a given seed. Thread-safe once built.
 */
public final class SyntheticCorpus {
    private static final String[] NAMES = {"سامي العبيدي", "ليلى حسن", "كريم الجبوري", "منى الراوي", "هادي الساعدي",
        "نورة الدليمي", "يوسف الخفاجي", "رنا الشمري"};
    private static final String[] DIACRITICS = {"\u064E", "\u064F", "\u0650", "\u0651", "\u064B"};

    private final List<List<String>> sentences;

    /** A generator drawing on the sentences of these articles. */
    public SyntheticCorpus(List<Article> originals) {
        if (originals.isEmpty()) throw new IllegalArgumentException("Need at least one article to vary");
        SentenceSplitter splitter = new SentenceSplitter();
        this.sentences = originals.stream()
                .map(a -> splitter.split(a.text()).stream().map(Sentence::text).toList())
                .toList();
    }

    /** {@code count} different articles, ids {@code syn-00000} onwards. */
    public List<Article> generate(int count, long seed) {
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(article(i, new Random(seed * 1_000_003L + i)));
        return out;
    }

    private Article article(int index, Random random) {
        List<String> base = sentences.get(index % sentences.size());
        List<String> chosen = new ArrayList<>(base);
        int borrowed = 1 + random.nextInt(4);
        for (int b = 0; b < borrowed; b++) {
            List<String> other = sentences.get(random.nextInt(sentences.size()));
            chosen.add(1 + random.nextInt(chosen.size()), other.get(random.nextInt(other.size())));
        }
        if (chosen.size() > 6) chosen.remove(1 + random.nextInt(chosen.size() - 1));
        StringBuilder text = new StringBuilder();
        for (String s : chosen) {
            if (text.length() > 0) text.append(random.nextInt(4) == 0 ? "\n" : " ");
            text.append(vary(s, random));
        }
        String id = String.format("syn-%05d", index);
        return new Article(id, ArticleMetadata.titled(MetaField.supplied(id)), text.toString());
    }

    private static String vary(String sentence, Random random) {
        StringBuilder out = new StringBuilder(sentence.length() + 16);
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c >= '1' && c <= '9' && random.nextInt(3) == 0) {
                out.append((char) ('1' + random.nextInt(9)));
            } else {
                out.append(c);
                if (c >= '\u0628' && c <= '\u064A' && random.nextInt(40) == 0) {
                    out.append(DIACRITICS[random.nextInt(DIACRITICS.length)]);
                }
            }
        }
        if (random.nextInt(3) == 0) {
            int space = out.indexOf(" ", out.length() / 2);
            if (space > 0) out.insert(space, " وقال " + NAMES[random.nextInt(NAMES.length)] + " إن الوضع مستقر");
        }
        return out.toString();
    }
}
