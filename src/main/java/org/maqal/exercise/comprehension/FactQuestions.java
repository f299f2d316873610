package org.maqal.exercise.comprehension;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maqal.exercise.ArticleTokens;
import org.maqal.exercise.Shuffle;
import org.maqal.model.ArticleReport;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.ItemType;
import org.maqal.model.MultipleChoice;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.model.Span;
import org.maqal.text.ArabicNormalizer;

/**
 * Multiple-choice questions on facts.
 * <ul>
 *   <li>Who: "who is the {role}?" for a person whose role the article gives (two words or more,
 *       held by no one else in the article, sharing no word with their name), with other people of the corpus as the wrong choices:
 *       people of the same article first, of the same gender as the answer, those with a role first. Nobody whose role has the same head word (الأمين، قائد،
 *       وزير) anywhere in the corpus is offered, so no wrong choice held that office elsewhere.</li>
 *   <li>How many, when, who (in a sentence): the sentence with one fact blanked ({@link FactFinder}),
 *       the fact and two or three replacements that the article does not hold as the choices.</li>
 * </ul>
 * The articles take turns; each question uses a sentence no other question uses. Stateless.
 */
final class FactQuestions {
    static final String BLANK = "……";
    private static final int LONGEST = 40;
    private final FactFinder facts;
    private final People people;

    FactQuestions(FactFinder facts, People people) {
        this.facts = facts;
        this.people = people;
    }

    List<MultipleChoice> make(SectionDraft lesson, int room) {
        List<MultipleChoice> items = new ArrayList<>();
        for (ArticleTokens a : lesson.articles) {
            if (items.size() < room) role(lesson, a).ifPresent(items::add);
        }
        Map<ArticleTokens, List<Integer>> orders = lesson.sentenceOrders();
        items.addAll(lesson.inTurns(room - items.size(), a -> completion(lesson, a, orders.get(a))));
        return items;
    }

    private MultipleChoice completion(SectionDraft lesson, ArticleTokens a, List<Integer> sentences) {
        while (!sentences.isEmpty()) {
            int s = sentences.remove(0);
            if (!lesson.free(a, s, LONGEST)) continue;
            List<Fact> found = facts.facts(a, s).stream().filter(f -> f.replacements().size() >= 2).toList();
            if (found.isEmpty()) continue;
            lesson.use(a, s);
            Fact fact = found.get(lesson.random.nextInt(found.size()));
            List<String> options = new ArrayList<>(Shuffle.pick(fact.replacements(), 3, 4, lesson.random));
            options.add(fact.written());
            String blanked = a.replace(s, fact.start(), fact.end(), BLANK);
            String prompt = lesson.about(a.report(), lesson.wording.text("complete", blanked));
            Source source = new Source(a.articleId(), s);
            return new MultipleChoice(lesson.ids.next(SectionKind.COMPREHENSION, ItemType.MULTIPLE_CHOICE, source + "|" + fact.written()),
                    prompt, Shuffle.of(options, lesson.random), fact.written(), List.of(source), 1, "");
        }
        return null;
    }

    private Optional<MultipleChoice> role(SectionDraft lesson, ArticleTokens a) {
        ArticleReport r = a.report();
        String text = ArabicNormalizer.normalize(r.article().text());
        for (Entity e : r.analysis().entities()) {
            if (e.type() != EntityType.PERSON || e.role().strip().split("\\s+").length < 2) continue;
            if (!text.contains(ArabicNormalizer.normalize(e.role().strip()))) continue;
            if (people.of(r, e).titled() || sharesAWord(e.role(), e.name())) continue;
            String head = head(e.role());
            boolean shared = r.analysis().entities().stream().anyMatch(o -> o != e && o.type() == EntityType.PERSON && head(o.role()).equals(head));
            if (shared) continue;
            List<String> wrong = wrongPeople(r, people.of(r, e), head, lesson);
            if (wrong.size() < 2) continue;
            Span first = e.mentions().get(0);
            if (lesson.isUsed(a, first.sentence())) continue;
            lesson.use(a, first.sentence());
            People.Person p = people.of(r, e);
            String question = lesson.wording.text(p.feminine() ? "who.she" : "who.he", e.role().strip());
            List<String> options = new ArrayList<>(wrong);
            options.add(e.name());
            Source source = new Source(a.articleId(), first.sentence());
            return Optional.of(new MultipleChoice(
                    lesson.ids.next(SectionKind.COMPREHENSION, ItemType.MULTIPLE_CHOICE, source + "|role|" + e.name()),
                    lesson.about(r, question), Shuffle.of(options, lesson.random), e.name(), List.of(source), 1, ""));
        }
        return Optional.empty();
    }

    private List<String> wrongPeople(ArticleReport r, People.Person answer, String head, SectionDraft lesson) {
        List<People.Person> same = new ArrayList<>();
        List<People.Person> others = new ArrayList<>();
        for (People.Person p : people.all()) {
            if (Names.samePerson(p.name(), answer.name()) || p.titled() || p.feminine() != answer.feminine()) continue;
            boolean heldOffice = people.all().stream().anyMatch(q -> Names.samePerson(q.name(), p.name()) && head(q.role()).equals(head));
            if (heldOffice) continue;
            (p.articleId().equals(r.id()) ? same : others).add(p);
        }
        List<String> out = new ArrayList<>();
        Comparator<People.Person> withRoleFirst = Comparator.comparing(p -> p.role().isBlank());
        for (List<People.Person> tier : List.of(sorted(Shuffle.of(same, lesson.random), withRoleFirst),
                sorted(Shuffle.of(others, lesson.random), withRoleFirst))) {
            for (People.Person p : tier) {
                if (out.size() == 3) return out;
                if (out.stream().noneMatch(o -> Names.samePerson(o, p.name()))) out.add(p.name());
            }
        }
        return out;
    }

    /** Whether a role and a name share a word (بابا الفاتيكان، البابا فرنسيس), which would give the answer away. */
    private static boolean sharesAWord(String role, String name) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : role.strip().split("\\s+")) words.add(head(w));
        for (String w : name.strip().split("\\s+")) if (words.contains(head(w))) return true;
        return false;
    }

    private static List<People.Person> sorted(List<People.Person> people, Comparator<People.Person> order) {
        List<People.Person> copy = new ArrayList<>(people);
        copy.sort(order);
        return copy;
    }

    /** The head word of a role, for telling offices apart: normalised, without the article or final ة. */
    static String head(String role) {
        String r = role.strip();
        if (r.isEmpty()) return "";
        String w = ArabicNormalizer.normalize(r.split("\\s+")[0]);
        if (w.startsWith("ال") && w.length() > 4) w = w.substring(2);
        if (w.endsWith("ه") && w.length() > 3) w = w.substring(0, w.length() - 1);
        return w;
    }
}
