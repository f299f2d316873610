package org.maqal.exercise.comprehension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maqal.analysis.ReportingVerbs;
import org.maqal.exercise.ArticleTokens;
import org.maqal.exercise.Shuffle;
import org.maqal.model.ArticleReport;
import org.maqal.model.Claim;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.ItemType;
import org.maqal.model.MultipleChoice;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.Numerals;

/**
 * Who said it: a direct quotation of the article and the choice of who said it. The speaker must be
 * a person or organisation the article names (not "a statement" or "sources") near the quotation,
 * with a reporting verb that agrees with them ({@link Names#speaks}); the quotation is cut
 * after twenty words when longer and must not name any of the choices. Wrong choices are of the same
 * kind as the speaker: people or bodies quoted elsewhere in the corpus first, then others the article
 * or the corpus names; never the same person under another spelling ({@link Names}), and never one
 * the corpus quotes saying the same words. One quotation per sentence; the articles take turns.
 * Stateless.
 */
final class WhoSaidIt {
    private static final int QUOTE_WORDS = 20;
    private static final int FEWEST_WORDS = 4;
    private final People people;
    private final ReportingVerbs verbs;
    private final List<String[]> said = new ArrayList<>();
    private final Map<EntityType, List<String>> quoted = new java.util.EnumMap<>(EntityType.class);
    private final Map<EntityType, List<String>> named = new java.util.EnumMap<>(EntityType.class);

    WhoSaidIt(CorpusAnalysis corpus, People people, ReportingVerbs verbs) {
        this.people = people;
        this.verbs = verbs;
        java.util.Set<String> speakers = new java.util.HashSet<>();
        for (ArticleReport r : corpus.reports()) {
            for (Claim c : r.analysis().claims()) {
                said.add(new String[] {ArabicNormalizer.normalize(c.text()), c.speaker()});
                speakers.add(ArabicNormalizer.normalize(c.speaker()));
            }
        }
        for (ArticleReport r : corpus.reports()) {
            for (Entity e : r.analysis().entities()) {
                boolean isQuoted = speakers.contains(ArabicNormalizer.normalize(e.name()));
                (isQuoted ? quoted : named).computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e.name());
            }
        }
    }

    List<MultipleChoice> make(SectionDraft lesson, int room) {
        Map<ArticleTokens, List<Claim>> quotes = new LinkedHashMap<>();
        for (ArticleTokens a : lesson.articles) {
            quotes.put(a, new ArrayList<>(Shuffle.of(a.report().analysis().claims().stream().filter(Claim::direct).toList(), lesson.random)));
        }
        List<MultipleChoice> items = lesson.inTurns(room, a -> next(lesson, a, quotes.get(a)));
        if (items.isEmpty()) lesson.notes.add("skip.noQuotes");
        return items;
    }

    private MultipleChoice next(SectionDraft lesson, ArticleTokens a, List<Claim> claims) {
        while (!claims.isEmpty()) {
            Claim c = claims.remove(0);
            if (lesson.isUsed(a, c.sentence())) continue;
            Entity speaker = speaker(a.report(), c);
            String quote = quote(c.text());
            if (speaker == null || quote == null || !Names.speaks(a.report(), speaker, c, people.feminine(a.report(), speaker), verbs)) {
                lesson.notes.add("skip.quote", Numerals.of(c.sentence() + 1, lesson.wording.language()));
                continue;
            }
            List<String> wrong = wrongSpeakers(speaker, c, quote, lesson);
            if (wrong.size() < 2 || named(quote, speaker.name())) {
                lesson.notes.add("skip.quote", Numerals.of(c.sentence() + 1, lesson.wording.language()));
                continue;
            }
            lesson.use(a, c.sentence());
            List<String> options = new ArrayList<>(wrong);
            options.add(speaker.name());
            Source source = new Source(a.articleId(), c.sentence());
            return new MultipleChoice(lesson.ids.next(SectionKind.COMPREHENSION, ItemType.MULTIPLE_CHOICE, source + "|said|" + speaker.name()),
                    lesson.about(a.report(), lesson.wording.text("who.said", quote)), Shuffle.of(options, lesson.random),
                    speaker.name(), List.of(source), 1, "");
        }
        return null;
    }

    private static Entity speaker(ArticleReport r, Claim c) {
        for (Entity e : r.analysis().entities()) {
            if (e.type() != EntityType.PLACE && ArabicNormalizer.sameWord(e.name(), c.speaker())) return e;
        }
        return null;
    }

    /** The quotation as shown: whole when short, else its first words and "…"; null when too short. */
    private static String quote(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < FEWEST_WORDS) return null;
        if (words.length <= QUOTE_WORDS + 5) return text.strip();
        return String.join(" ", java.util.Arrays.copyOf(words, QUOTE_WORDS)) + " …";
    }

    private List<String> wrongSpeakers(Entity speaker, Claim claim, String quote, SectionDraft lesson) {
        String text = ArabicNormalizer.normalize(claim.text());
        List<String> sameWords = new ArrayList<>();
        for (String[] c : said) {
            if (c[0].contains(text) || text.contains(c[0])) sameWords.add(c[1]);
        }
        List<String> quoted = this.quoted.getOrDefault(speaker.type(), List.of());
        List<String> named = this.named.getOrDefault(speaker.type(), List.of());
        List<String> out = new ArrayList<>();
        for (List<String> tier : List.of(Shuffle.of(quoted, lesson.random), Shuffle.of(named, lesson.random))) {
            for (String name : tier) {
                if (out.size() == 3) return out;
                if (same(name, speaker) || named(quote, name) || sameWords.stream().anyMatch(s -> sameSpeaker(s, name, speaker.type()))) continue;
                if (out.stream().noneMatch(o -> sameSpeaker(o, name, speaker.type()))) out.add(name);
            }
        }
        return out;
    }

    private static boolean same(String name, Entity speaker) {
        return sameSpeaker(name, speaker.name(), speaker.type());
    }

    /** People by {@link Names#samePerson}; bodies when they share a word of three letters or more (الحكومة…). */
    private static boolean sameSpeaker(String a, String b, EntityType type) {
        if (type == EntityType.PERSON) return Names.samePerson(a, b);
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : ArabicNormalizer.normalize(a).split("\\s+")) words.add(withoutArticle(w));
        for (String w : ArabicNormalizer.normalize(b).split("\\s+")) {
            String bare = withoutArticle(w);
            if (bare.length() >= 3 && words.contains(bare)) return true;
        }
        return false;
    }

    private static String withoutArticle(String w) {
        return w.length() > 4 && w.startsWith("ال") ? w.substring(2) : w;
    }

    /** Whether the quotation names someone: their last name (or the body's name) is in it. */
    private static boolean named(String quote, String name) {
        String q = " " + ArabicNormalizer.normalize(quote) + " ";
        String last = ArabicNormalizer.normalize(Names.lastWord(name));
        return q.contains(ArabicNormalizer.normalize(name)) || last.length() >= 4 && q.contains(last);
    }
}
