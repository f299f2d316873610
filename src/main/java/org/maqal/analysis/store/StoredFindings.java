package org.maqal.analysis.store;

import java.util.List;
import java.util.function.Function;
import org.maqal.analysis.store.BinaryIn.Damaged;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.Figure;
import org.maqal.model.LazyList;

/**
 * The entities, figures and claims of one stored analysis (the end of its bytes, see
 * {@link AnalysisCodec}), decoded together when the first of them is read. Should the bytes then prove
 * not to be what the codec wrote, they are those of the analysis {@code again} makes of the article.
 * Thread-safe.
 */
final class StoredFindings {
    private record Decoded(List<Entity> entities, List<Figure> figures, List<Claim> claims) {
    }

    private final Article article;
    /** What the findings are decoded from; let go once they are, so that the file's bytes can go. Guarded by this. */
    private BinaryIn in;
    private String[] strings;
    private Function<Article, ArticleAnalysis> again;
    /** Null until first read; guarded by this. */
    private Decoded decoded;

    StoredFindings(BinaryIn in, String[] strings, Article article, Function<Article, ArticleAnalysis> again) {
        this.in = in;
        this.strings = strings;
        this.article = article;
        this.again = again;
    }

    List<Entity> entities() {
        return LazyList.of(() -> decoded().entities());
    }

    List<Figure> figures() {
        return LazyList.of(() -> decoded().figures());
    }

    List<Claim> claims() {
        return LazyList.of(() -> decoded().claims());
    }

    private synchronized Decoded decoded() {
        if (decoded == null) {
            try {
                String text = article.text();
                decoded = new Decoded(AnalysisCodec.entities(in, strings, text), AnalysisCodec.figures(in, strings, text),
                        AnalysisCodec.claims(in, strings, text));
                if (!in.atEnd()) throw new Damaged("bytes left after the analysis");
            } catch (Damaged | RuntimeException e) {
                ArticleAnalysis fresh = again.apply(article);
                decoded = new Decoded(fresh.entities(), fresh.figures(), fresh.claims());
            }
            in = null;
            strings = null;
            again = null;
        }
        return decoded;
    }
}
