package org.maqal.exercise.comprehension;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maqal.exercise.ArticleTokens;
import org.maqal.exercise.Shuffle;
import org.maqal.model.ItemType;
import org.maqal.model.Ordering;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.text.ArabicNormalizer;

/**
 * Ordering, one item per article at most:
 * <ul>
 *   <li>events: three or four sentences that each name one year, all different, with the year
 *       blanked, to put from the earliest to the latest as the article tells them;</li>
 *   <li>otherwise sentences: the first run of four consecutive sentences of 6 to 40 words (no
 *       headline, no repeated sentence), else of three, to put back in the article's order.</li>
 * </ul>
 * The shown order always differs from the answer. Stateless.
 */
final class SentenceOrdering {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");
    private static final int RUN = 4;
    private static final int LONGEST = 40;

    List<Ordering> make(SectionDraft lesson, int room) {
        List<Ordering> items = new ArrayList<>();
        for (ArticleTokens a : lesson.articles) {
            if (items.size() == room) break;
            Ordering item = events(lesson, a);
            if (item == null) item = sentences(lesson, a);
            if (item != null) items.add(item);
        }
        if (items.isEmpty()) lesson.notes.add("skip.noOrdering");
        return items;
    }

    private Ordering events(SectionDraft lesson, ArticleTokens a) {
        record Event(int sentence, int year, String text) {
        }
        List<Event> events = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (int s = 0; s < a.sentenceCount() && events.size() < RUN; s++) {
            if (!lesson.free(a, s, LONGEST)) continue;
            String text = a.sentence(s).text();
            Matcher m = YEAR.matcher(ArabicNormalizer.normalize(text));
            if (!m.find()) continue;
            int year = Integer.parseInt(m.group());
            if (m.find() || !years.add(year)) continue;
            Matcher written = Pattern.compile("[0-9\u0660-\u0669]{4}").matcher(text);
            String blanked = text;
            while (written.find()) {
                if (Integer.parseInt(ArabicNormalizer.normalize(written.group())) == year) {
                    blanked = text.substring(0, written.start()) + FactQuestions.BLANK + text.substring(written.end());
                    break;
                }
            }
            if (!blanked.equals(text)) events.add(new Event(s, year, blanked));
        }
        if (events.size() < 3) return null;
        events.forEach(e -> lesson.use(a, e.sentence()));
        List<String> answer = events.stream().sorted(Comparator.comparingInt(Event::year)).map(Event::text).toList();
        List<Source> sources = events.stream().sorted(Comparator.comparingInt(Event::year)).map(e -> new Source(a.articleId(), e.sentence())).toList();
        return item(lesson, a, lesson.wording.text("order.events"), answer, sources, "events");
    }

    private Ordering sentences(SectionDraft lesson, ArticleTokens a) {
        Ordering four = sentences(lesson, a, RUN);
        return four != null ? four : sentences(lesson, a, RUN - 1);
    }

    private Ordering sentences(SectionDraft lesson, ArticleTokens a, int run) {
        for (int start = 0; start + run <= a.sentenceCount(); start++) {
            Set<String> seen = new HashSet<>();
            boolean fits = true;
            for (int s = start; s < start + run && fits; s++) {
                fits = lesson.free(a, s, LONGEST) && seen.add(ArabicNormalizer.normalize(a.sentence(s).text().strip()));
            }
            if (!fits) continue;
            List<String> answer = new ArrayList<>();
            List<Source> sources = new ArrayList<>();
            for (int s = start; s < start + run; s++) {
                lesson.use(a, s);
                answer.add(a.sentence(s).text().strip());
                sources.add(new Source(a.articleId(), s));
            }
            return item(lesson, a, lesson.wording.text("order.sentences"), answer, sources, "sentences");
        }
        return null;
    }

    private static Ordering item(SectionDraft lesson, ArticleTokens a, String prompt, List<String> answer, List<Source> sources, String what) {
        return new Ordering(lesson.ids.next(SectionKind.COMPREHENSION, ItemType.ORDERING, sources.get(0) + "|" + what),
                lesson.about(a.report(), prompt), answer, Shuffle.unlike(answer, lesson.random), sources, 2, "");
    }
}
