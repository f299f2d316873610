package org.maqal.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.maqal.model.Article;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.ArticleReport;
import org.maqal.model.Basis;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.Figure;
import org.maqal.model.MetaField;
import org.maqal.model.Readability;

/** The readable summary of {@code analyze}: one block per article. */
final class AnalysisSummary {
    private static final int VOCABULARY_SHOWN = 12;

    void print(ArticleReport report, PrintWriter out) {
        Article a = report.article();
        ArticleMetadata m = a.metadata();
        out.println("== " + a.id() + "  " + a.title() + marker(m.title()));
        out.println("   outlet: " + value(m.outlet()) + "   date: " + value(m.date()) + "   author: " + value(m.author()));
        Readability r = report.readability();
        out.printf(Locale.ROOT, "   %d sentences, %d words; %.1f words a sentence, %.1f letters a word, %.0f%% long words, "
                        + "type-token %.2f, %.0f%% rare vocabulary%n",
                r.sentences(), r.words(), r.wordsPerSentence(), r.lettersPerWord(), 100 * r.longWordShare(),
                r.typeTokenRatio(), 100 * r.rareWordShare());
        out.println("   entities:");
        for (Entity e : report.analysis().entities()) {
            out.println("     " + e.type().name().toLowerCase(Locale.ROOT) + "  " + e.name()
                    + (e.role().isEmpty() ? "" : " (" + e.role() + ")") + "  ×" + e.mentions().size());
        }
        out.println("   figures:");
        for (Figure f : report.analysis().figures()) {
            out.println("     [" + f.sentence() + "] " + f.text() + "  = " + number(f.value()) + " " + f.unit().label());
        }
        out.println("   claims:");
        for (Claim c : report.analysis().claims()) {
            out.println("     [" + c.sentence() + "] " + c.speaker() + " — " + c.verb() + (c.direct() ? " «" : " ")
                    + shorten(c.text()) + (c.direct() ? "»" : ""));
        }
        out.println("   vocabulary: " + report.vocabulary().stream().limit(VOCABULARY_SHOWN)
                .map(v -> v.headword() + " ×" + v.count() + (v.topic() ? " (topic)" : ""))
                .collect(Collectors.joining("، ")));
        out.println();
    }

    private static String marker(MetaField f) {
        return f.basis() == Basis.STATED ? "" : "  [" + f.basis().name().toLowerCase(Locale.ROOT) + "]";
    }

    private static String value(MetaField f) {
        return f.isKnown() ? f.value() + marker(f) : "not stated";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String shorten(String s) {
        return s.length() <= 90 ? s : s.substring(0, 88) + "…";
    }
}
