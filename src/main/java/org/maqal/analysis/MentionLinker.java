package org.maqal.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Span;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.TextSlices;

/**
 * Gathers the mentions of one text into entities: all names of a gazetteer entry, named by the
 * preferred name the text uses; an organisation found by its head noun and that head noun used
 * alone afterwards ("اللجنة" for "لجنة الأمن والدفاع النيابية"); and people, through
 * {@link PeopleLinker}. Immutable and thread-safe; the work of one call stays in that call.
 */
final class MentionLinker {
    /** Mentions repeat across articles ("حلف شمال الأطلسي"): their texts are kept once. */
    private static final TextSlices MENTIONS = new TextSlices(100_000);

    private final Lexicon lexicon;
    private final PeopleLinker people;
    /** The key of each gazetteer entry's entity among an article's bodies, by entry id. */
    private final String[] knownKeys;

    MentionLinker(Lexicon lexicon, Titles titles, String[] knownKeys) {
        this.lexicon = lexicon;
        this.people = new PeopleLinker(lexicon, titles);
        this.knownKeys = knownKeys.clone();
    }

    /** The entities of a text from its known names, pattern matches and people, in order of first mention. */
    List<Entity> link(String text, TokenView v, List<Gazetteer.Match> known, List<OrganizationPatterns.Found> patterns,
                      List<NamePatterns.Person> found) {
        boolean[] taken = new boolean[v.size()];
        Map<String, EntityDraft> bodies = new LinkedHashMap<>();
        for (Gazetteer.Match m : known) addKnown(text, v, m, bodies, taken);
        for (OrganizationPatterns.Found f : patterns) addPattern(text, v, f, bodies, taken);
        List<EntityDraft> persons = people.people(text, v, found, taken);
        people.addShortNames(text, v, persons, taken);
        people.addTitlesAlone(text, v, persons, taken);
        addHeadNouns(text, v, bodies, taken);
        List<EntityDraft> all = new ArrayList<>(bodies.values());
        all.addAll(persons);
        List<Entity> out = new ArrayList<>();
        for (EntityDraft c : all) out.add(c.toEntity());
        out.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return out;
    }

    private void addKnown(String text, TokenView v, Gazetteer.Match m, Map<String, EntityDraft> bodies, boolean[] taken) {
        EntityDraft c = bodies.computeIfAbsent(knownKeys[m.entry().id()], k -> new EntityDraft(m.entry().type()));
        int letters = m.articleRestored() ? m.prefixLetters() - 1 : m.prefixLetters();
        Span span = span(text, v, m.start(), m.end(), letters);
        c.mentions.add(span);
        if (m.rank() < c.rank) {
            c.rank = m.rank();
            c.name = m.articleRestored() ? "ال" + span.text().substring(Clitics.offsetAfterLetters(span.text(), 2)) : span.text();
        }
        mark(taken, m.start(), m.end());
    }

    private void addPattern(String text, TokenView v, OrganizationPatterns.Found f, Map<String, EntityDraft> bodies, boolean[] taken) {
        Span span = span(text, v, f.start(), f.end(), f.articleRestored() ? f.prefixLetters() - 1 : f.prefixLetters());
        String written = f.articleRestored() ? "ال" + span.text().substring(Clitics.offsetAfterLetters(span.text(), 2)) : span.text();
        String name = Words.plain(written);
        EntityDraft c = bodies.computeIfAbsent("p" + ArabicNormalizer.normalize(name), k -> new EntityDraft(f.type()));
        if (c.name.isEmpty()) c.name = name;
        c.mentions.add(span);
        mark(taken, f.start(), f.end());
    }

    /** An organisation's head noun alone with the article ("اللجنة", "الوزارة") for the last one named. */
    private void addHeadNouns(String text, TokenView v, Map<String, EntityDraft> bodies, boolean[] taken) {
        Map<EntityDraft, String> heads = null;
        for (int i = 0; i < v.size(); i++) {
            if (taken[i] || !v.isArabic(i) || v.isFunction(i) || !v.word(i).definiteHead()) continue;
            if (v.sameSentence(i, i + 1) && (v.isDefinite(i + 1) || v.isKnown(i + 1))) continue;
            if (v.sameSentence(i - 1, i) && v.isDefinite(i - 1)) continue;
            for (Clitics.Reading r : v.word(i).readings()) {
                if (!Clitics.hasArticle(r.word())) continue;
                String head = Clitics.withoutArticle(r.word());
                if (!lexicon.institutions().contains(head) && !lexicon.stateBodies().contains(head)) continue;
                if (heads == null) heads = headsOf(bodies);
                EntityDraft c = lastBodyWithHead(heads, head, v.start(i));
                if (c != null) {
                    c.mentions.add(span(text, v, i, i + 1, r.articleRestored() ? r.letters() - 1 : r.letters()));
                    taken[i] = true;
                }
                break;
            }
        }
    }

    /** The organisations named so far, in the order first named, each with the head noun its name starts with. */
    private static Map<EntityDraft, String> headsOf(Map<String, EntityDraft> bodies) {
        Map<EntityDraft, String> heads = new LinkedHashMap<>();
        for (EntityDraft c : bodies.values()) {
            if (c.type != EntityType.ORGANIZATION || c.name.isEmpty()) continue;
            heads.put(c, Clitics.withoutArticle(ArabicNormalizer.normalize(Words.first(c.name))));
        }
        return heads;
    }

    private static EntityDraft lastBodyWithHead(Map<EntityDraft, String> heads, String head, int offset) {
        EntityDraft best = null;
        int bestAt = -1;
        for (Map.Entry<EntityDraft, String> e : heads.entrySet()) {
            EntityDraft c = e.getKey();
            if (!e.getValue().equals(head)) continue;
            int at = c.lastMentionBefore(offset);
            if (at > bestAt) {
                best = c;
                bestAt = at;
            }
        }
        return best;
    }

    static Span span(String text, TokenView v, int start, int end, int prefixLetters) {
        int from = v.start(start) + (prefixLetters > 0 ? Clitics.offsetAfterLetters(v.text(start), prefixLetters) : 0);
        int to = v.end(end - 1);
        // a mention of one whole word is that token's text, which the tokenizer already shares
        String written = end - start == 1 && from == v.start(start) ? v.text(start) : MENTIONS.slice(text, from, to);
        return new Span(from, to, v.sentence(start), written);
    }

    static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) taken[i] = true;
    }
}
