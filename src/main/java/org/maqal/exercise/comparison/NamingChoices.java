package org.maqal.exercise.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maqal.exercise.EntityKeys;
import org.maqal.model.ArticleReport;
import org.maqal.model.Entity;
import org.maqal.model.Span;
import org.maqal.text.ArabicNormalizer;

/**
 * The names each article chooses for the same body, person or place ("الناتو", "حلف شمال الأطلسي",
 * "الحلف"), and the entity whose naming varies most between the articles.
 */
final class NamingChoices {
    /** One form of a name in one article and how often it is used. */
    record Form(String written, int count, int firstSentence) {
    }

    /** The entity chosen, shown by its preferred name, with the forms each article (by id) uses, most used first. */
    record Naming(String name, Map<String, List<Form>> forms) {
    }

    private NamingChoices() {
    }

    /** The entity named in at least two articles whose naming differs most, if any differs at all. */
    static Naming mostVaried(List<ArticleReport> articles, EntityKeys keys) {
        Map<String, Map<String, Entity>> byKey = new LinkedHashMap<>();
        for (ArticleReport r : articles) {
            for (Entity e : r.analysis().entities()) byKey.computeIfAbsent(keys.key(e), k -> new LinkedHashMap<>()).putIfAbsent(r.id(), e);
        }
        Naming best = null;
        int bestScore = 0;
        for (Map<String, Entity> perArticle : byKey.values()) {
            if (perArticle.size() < 2) continue;
            Map<String, List<Form>> forms = new LinkedHashMap<>();
            perArticle.forEach((r, e) -> forms.put(r, forms(e)));
            long favourites = forms.values().stream().map(f -> ArabicNormalizer.normalize(f.get(0).written())).distinct().count();
            long distinct = forms.values().stream().flatMap(List::stream).map(f -> ArabicNormalizer.normalize(f.written())).distinct().count();
            int score = (int) (favourites * 10 + distinct);
            if (distinct > 1 && score > bestScore) {
                bestScore = score;
                best = new Naming(keys.displayName(perArticle.values().iterator().next()), forms);
            }
        }
        return best;
    }

    private static List<Form> forms(Entity e) {
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> first = new LinkedHashMap<>();
        for (Span m : e.mentions()) {
            String bare = EntityKeys.bareForm(m.text()).replace("\"", "").replace('\n', ' ').strip();
            String key = ArabicNormalizer.normalize(bare);
            written.putIfAbsent(key, bare);
            counts.merge(key, 1, Integer::sum);
            first.putIfAbsent(key, m.sentence());
        }
        List<Form> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Form(written.get(k), n, first.get(k))));
        out.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return out;
    }
}
