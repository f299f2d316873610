package org.maqal.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's own {@link ArabicAnalyzer} (tokenizing, stop words, normalising, light stemming) over the
 * same texts, as the yardstick for Maqal's analysis. Counts the tokens so the work is not optimised away.
 */
final class LuceneBaseline {
    private final int threads;

    LuceneBaseline(int threads) {
        this.threads = threads;
    }

    /** Analyses every text, split over the threads; returns the number of tokens produced. */
    long run(List<String> texts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parts = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    long tokens = 0;
                    try (Analyzer analyzer = new ArabicAnalyzer()) {
                        for (int i = first; i < texts.size(); i += threads) tokens += tokens(analyzer, texts.get(i));
                    }
                    return tokens;
                }));
            }
            long total = 0;
            for (Future<Long> f : parts) total += f.get();
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long tokens(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            long n = 0;
            while (stream.incrementToken()) n += term.length() > 0 ? 1 : 0;
            stream.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
