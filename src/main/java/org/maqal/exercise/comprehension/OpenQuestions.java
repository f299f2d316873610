package org.maqal.exercise.comprehension;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.maqal.analysis.ReportingVerbs;
import org.maqal.exercise.ArticleTokens;
import org.maqal.model.ArticleReport;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.ItemType;
import org.maqal.model.OpenQuestion;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.model.VocabularyItem;
import org.maqal.text.ArabicNormalizer;

/**
 * Open questions with guidance for the teacher, for each article: its main idea (guidance: the
 * headline, the lead, its key words and the people and bodies it names most), a summary (guidance:
 * who is quoted, the figures it gives, the lead) and one question on the writer's choices: a loaded
 * reporting verb (أكد، شدد، حذر، نفى… rather than قال) whose speaker is named in the same sentence
 * and agrees with the verb, else the headline against the lead, else why
 * some are quoted word for word and others reported. Main ideas of all articles come first, then
 * the writer's choices, then summaries. Stateless.
 */
final class OpenQuestions {
    private static final Set<String> LOADED = Set.of("اكد", "شدد", "حذر", "نفي", "اعتبر", "زعم", "ادعي", "اعترف", "اقر",
            "كشف", "اوضح", "راي", "توقع", "رجح", "اعتقد");
    private static final int LEAD_WORDS = 30;
    private final People people;
    private final ReportingVerbs verbs;

    OpenQuestions(People people, ReportingVerbs verbs) {
        this.people = people;
        this.verbs = verbs;
    }

    List<OpenQuestion> make(SectionDraft lesson, int room) {
        List<OpenQuestion> items = new ArrayList<>();
        for (ArticleTokens a : lesson.articles) items.add(mainIdea(lesson, a));
        for (ArticleTokens a : lesson.articles) choice(lesson, a).ifPresent(items::add);
        for (ArticleTokens a : lesson.articles) items.add(summary(lesson, a));
        return List.copyOf(items.subList(0, Math.min(room, items.size())));
    }

    private OpenQuestion mainIdea(SectionDraft lesson, ArticleTokens a) {
        ArticleReport r = a.report();
        int lead = lead(a);
        String guidance = lesson.wording.text("guide.mainIdea", r.article().title(), excerpt(a, lead), keyWords(r), names(lesson, r));
        return item(lesson, a, "mainIdea", lesson.wording.text("ask.mainIdea"), guidance, lead);
    }

    private OpenQuestion summary(SectionDraft lesson, ArticleTokens a) {
        ArticleReport r = a.report();
        Set<String> speakers = new LinkedHashSet<>();
        r.analysis().claims().forEach(c -> speakers.add(c.speaker()));
        Set<String> figures = new LinkedHashSet<>();
        r.analysis().figures().stream().limit(4).forEach(f -> figures.add(f.text()));
        String guidance = lesson.wording.text("guide.summary", list(lesson, speakers), list(lesson, figures), excerpt(a, lead(a)));
        return item(lesson, a, "summary", lesson.wording.text("ask.summary"), guidance, lead(a));
    }

    private Optional<OpenQuestion> choice(SectionDraft lesson, ArticleTokens a) {
        ArticleReport r = a.report();
        for (Claim c : r.analysis().claims()) {
            ReportingVerbs.Use use = verbs.match(ArabicNormalizer.normalize(c.verb().strip().split("\\s+")[0]));
            if (use == null) continue;
            String lemma = ArabicNormalizer.normalize(use.verb().lemma());
            if (!LOADED.contains(lemma)) continue;
            Entity speaker = r.analysis().entities().stream().filter(e -> ArabicNormalizer.sameWord(e.name(), c.speaker())).findFirst().orElse(null);
            boolean named = speaker != null && speaker.mentions().stream().anyMatch(m -> m.sentence() == c.sentence());
            if (!named || !Names.speaks(r, speaker, c, people.feminine(r, speaker), verbs)) continue;
            String meaning = lesson.wording.has("verb." + lemma) ? lesson.wording.text("verb." + lemma) : lesson.wording.text("verb.other");
            String prompt = lesson.wording.text("ask.verb", c.verb().strip(), c.speaker());
            return Optional.of(item(lesson, a, "verb", prompt, lesson.wording.text("guide.verb", c.verb().strip(), meaning), c.sentence()));
        }
        if (a.sentenceCount() > 1 && a.sentence(0).headline()) {
            int lead = lead(a);
            String guidance = lesson.wording.text("guide.headline", a.sentence(0).text().strip(), excerpt(a, lead));
            return Optional.of(item(lesson, a, "headline", lesson.wording.text("ask.headline"), guidance, 0));
        }
        boolean direct = r.analysis().claims().stream().anyMatch(Claim::direct);
        boolean reported = r.analysis().claims().stream().anyMatch(c -> !c.direct());
        if (direct && reported) {
            Claim first = r.analysis().claims().get(0);
            return Optional.of(item(lesson, a, "quotes", lesson.wording.text("ask.quotes"), lesson.wording.text("guide.quotes"), first.sentence()));
        }
        return Optional.empty();
    }

    private static OpenQuestion item(SectionDraft lesson, ArticleTokens a, String what, String prompt, String guidance, int sentence) {
        Source source = new Source(a.articleId(), sentence);
        return new OpenQuestion(lesson.ids.next(SectionKind.COMPREHENSION, ItemType.OPEN_QUESTION, a.articleId() + "|" + what),
                lesson.about(a.report(), prompt), guidance, List.of(source), 3, "");
    }

    /** The first sentence that is not a headline (the lead), or the first sentence. */
    private static int lead(ArticleTokens a) {
        for (int s = 0; s < a.sentenceCount(); s++) if (!a.sentence(s).headline()) return s;
        return 0;
    }

    private static String excerpt(ArticleTokens a, int sentence) {
        String[] words = a.sentence(sentence).text().strip().split("\\s+");
        return words.length <= LEAD_WORDS ? String.join(" ", words) : String.join(" ", java.util.Arrays.copyOf(words, LEAD_WORDS)) + " …";
    }

    private String keyWords(ArticleReport r) {
        List<String> words = r.vocabulary().stream().filter(v -> v.count() >= 2 && !verbs.contains(ArabicNormalizer.normalize(v.headword())))
                .limit(5).map(VocabularyItem::headword).toList();
        return String.join("، ", words);
    }

    /** The people and bodies the article names twice or more, most named first. */
    private static String names(SectionDraft lesson, ArticleReport r) {
        List<String> names = r.analysis().entities().stream().filter(e -> e.mentions().size() >= 2)
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size())).limit(4).map(Entity::name).toList();
        return names.isEmpty() ? lesson.wording.text("none") : String.join("، ", names);
    }

    private static String list(SectionDraft lesson, Set<String> things) {
        return things.isEmpty() ? lesson.wording.text("none") : String.join("، ", things);
    }
}
