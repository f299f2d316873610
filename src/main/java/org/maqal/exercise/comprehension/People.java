package org.maqal.exercise.comprehension;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.maqal.analysis.WordList;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Span;
import org.maqal.text.ArabicNormalizer;

/**
 * The people of the corpus, article by article, with what the generators need to put one in
 * another's place: the role the article gives, whether the name or role is a woman's (so that verbs
 * and pronouns still agree), and the forms the article uses for them. People known by a title
 * (البابا فرنسيس) are kept out of swaps: a name put after the title would not read. Immutable.
 */
final class People {
    /** One person as one article presents them. */
    record Person(String name, String role, boolean feminine, boolean titled, Set<String> forms, String articleId) {
        /** A form of one word the corpus uses for them (a surname), or null. */
        String shortForm() {
            return forms.stream().filter(f -> !f.contains(" ")).findFirst().orElse(null);
        }
    }

    private final List<Person> people;

    People(CorpusAnalysis corpus, WordList femaleNames, WordList nameTitles) {
        List<Person> list = new ArrayList<>();
        for (ArticleReport r : corpus.reports()) {
            for (Entity e : r.analysis().entities()) {
                if (e.type() != EntityType.PERSON) continue;
                Set<String> forms = new LinkedHashSet<>();
                for (Span m : e.mentions()) forms.add(m.text().strip());
                String first = ArabicNormalizer.normalize(e.name().split("\\s+")[0]);
                list.add(new Person(e.name(), e.role(), feminine(e, femaleNames), nameTitles.contains(first), forms, r.id()));
            }
        }
        this.people = List.copyOf(list);
    }

    List<Person> all() {
        return people;
    }

    /** The person an entity of an article is. */
    Person of(ArticleReport report, Entity entity) {
        for (Person p : people) {
            if (p.articleId().equals(report.id()) && p.name().equals(entity.name())) return p;
        }
        throw new IllegalArgumentException(entity.name() + " is not a person of " + report.id());
    }

    /** Whether verbs agree with the entity in the feminine: a woman, or a body named by a feminine noun. */
    boolean feminine(ArticleReport report, Entity entity) {
        if (entity.type() == EntityType.PERSON) return of(report, entity).feminine();
        String head = entity.name().strip().split("\\s+")[0];
        return head.endsWith("ة");
    }

    private static boolean feminine(Entity e, WordList femaleNames) {
        if (femaleNames.contains(ArabicNormalizer.normalize(e.name().split("\\s+")[0]))) return true;
        String role = e.role().strip();
        if (role.isEmpty()) return false;
        String head = role.split("\\s+")[0];
        return head.endsWith("ة") || head.endsWith("ـة");
    }
}
