package org.maqal.exercise;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.corpus.CorpusException;
import org.maqal.corpus.CorpusReader;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Language;
import org.maqal.testing.Seeds;

/** The seed corpus and the unseen comparison passages, analysed once, and contexts built from them. */
public final class AnalysedCorpora {
    private static CorpusAnalysis seeds;
    private static CorpusAnalysis unseen;

    private AnalysedCorpora() {
    }

    public static synchronized CorpusAnalysis seeds() {
        if (seeds == null) seeds = CorpusAnalyzer.standard().analyze(Seeds.corpus().articles());
        return seeds;
    }

    /** The invented cholera passages of {@code unseen-comparison}: three outlets and an undated brief. */
    public static synchronized CorpusAnalysis unseen() {
        if (unseen == null) {
            try {
                Path folder = Path.of("src/test/resources/org/maqal/exercise/unseen-comparison");
                unseen = CorpusAnalyzer.standard().analyze(new CorpusReader().read(folder).articles());
            } catch (CorpusException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return unseen;
    }

    /** The report of the article whose id starts with a prefix ("003", "b_sharq"). */
    public static ArticleReport report(CorpusAnalysis corpus, String prefix) {
        return corpus.reports().stream().filter(r -> r.id().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no article " + prefix));
    }

    /** A context over the articles with these id prefixes (all when none), in that order. */
    public static GenerationContext context(CorpusAnalysis corpus, int count, long seed, Language language, String... prefixes) {
        List<ArticleReport> chosen = prefixes.length == 0 ? corpus.reports()
                : Arrays.stream(prefixes).map(p -> report(corpus, p)).toList();
        return new GenerationContext(corpus, chosen, Map.of(), count, seed, language);
    }
}
