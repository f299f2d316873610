package org.maqal.app;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.maqal.model.ArticleReport;
import org.maqal.model.Claim;
import org.maqal.model.CorpusAnalysis;
import org.maqal.text.ArabicNormalizer;

/** Every attributed claim of the corpus, filtered by article, speaker and reporting verb. */
public final class ClaimTrackerModel {
    /** One claim and the article it is in. */
    public record Row(ArticleReport report, Claim claim) {
        public String title() {
            return report.article().title();
        }

        public String date() {
            return report.article().metadata().date().value();
        }
    }

    private final List<Row> rows;

    public ClaimTrackerModel(CorpusAnalysis corpus) {
        List<Row> all = new ArrayList<>();
        for (ArticleReport r : corpus.reports()) r.analysis().claims().forEach(c -> all.add(new Row(r, c)));
        rows = List.copyOf(all);
    }

    public List<Row> all() {
        return rows;
    }

    /**
     * The claims that match every filter given; an empty filter matches all.
     *
     * @param articleId the article's id, or empty
     * @param speaker   part of the speaker's name or role, matched regardless of diacritics and letter forms
     * @param verb      the reporting verb, or empty
     */
    public List<Row> filter(String articleId, String speaker, String verb) {
        String who = ArabicNormalizer.normalize(speaker.strip());
        String how = ArabicNormalizer.normalize(verb.strip());
        return rows.stream()
                .filter(r -> articleId.isEmpty() || r.report().id().equals(articleId))
                .filter(r -> who.isEmpty() || ArabicNormalizer.normalize(r.claim().speaker() + " " + r.claim().speakerRole()).contains(who))
                .filter(r -> how.isEmpty() || ArabicNormalizer.normalize(r.claim().verb()).equals(how))
                .toList();
    }

    /** The reporting verbs used, in Arabic alphabetical order. */
    public List<String> verbs() {
        TreeSet<String> verbs = new TreeSet<>();
        rows.forEach(r -> verbs.add(r.claim().verb()));
        return List.copyOf(verbs);
    }
}
