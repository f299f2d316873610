package org.maqal.exercise.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maqal.model.ArticleReport;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.OpenQuestion;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.model.TableSheet;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.Numerals;

/**
 * Voices: who is quoted or cited in each article (a table where the student names the kind of voice
 * and the side it speaks for), then whose voice is missing: sides other articles quote that one
 * article leaves out, and, when nobody outside an office speaks in any article, that too.
 */
final class VoiceComparison {
    private static final int MAX_MISSING = 2;

    private final Comparing c;
    private final VoiceFinder finder;
    private final Sides sidesOf;

    VoiceComparison(Comparing comparing) {
        this.c = comparing;
        this.sidesOf = new Sides(comparing.keys);
        this.finder = new VoiceFinder(sidesOf);
    }

    Part part() {
        Map<String, List<Voice>> voices = new LinkedHashMap<>();
        for (ArticleReport r : c.articles) voices.put(r.id(), finder.of(r.analysis()));
        List<Item> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (voices.values().stream().allMatch(List::isEmpty)) {
            skipped.add(c.say("الأصوات: لا ينسب أي مقال كلامًا إلى أحد.", "voices: no article attributes anything to anyone."));
            return new Part(c.say("الأصوات", "voices"), items, skipped);
        }
        items.add(table(voices));
        List<OpenQuestion> missing = missingSides(voices);
        List<OpenQuestion> unheard = namedNotHeard(voices);
        for (int i = 0; i < Math.max(missing.size(), unheard.size()); i++) {
            if (i < missing.size()) items.add(missing.get(i));
            if (i < unheard.size()) items.add(unheard.get(i));
        }
        if (voices.values().stream().flatMap(List::stream).allMatch(v -> v.kind().official())) items.add(onlyOfficials(voices));
        return new Part(c.say("الأصوات", "voices"), items, skipped);
    }

    private TableSheet table(Map<String, List<Voice>> voices) {
        List<String> columns = List.of(c.say("المقال", "Article"), c.say("القائل", "Speaker"), c.say("صفته كما وردت", "Role as given"),
                c.say("عدد ما نُسب إليه", "Statements"), c.say("اقتباس مباشر؟", "Quoted directly?"),
                c.say("نوع الصوت ومن يمثّل", "Kind of voice and whom it speaks for"));
        List<List<String>> rows = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Map.Entry<String, List<Voice>> e : voices.entrySet()) {
            for (Voice v : e.getValue()) {
                rows.add(List.of(c.labels.shortLabel(e.getKey()), v.speaker(), v.role().isEmpty() ? "—" : v.role(),
                        Numerals.of(v.claims().size(), c.language), v.quotedDirectly() ? c.say("نعم", "yes") : c.say("لا", "no"), kindAndSide(v)));
                sources.add(new Source(e.getKey(), v.firstSentence()));
            }
        }
        String prompt = c.say("من يتكلم في كل مقال؟ لكل قائل، اكتب نوع الصوت (مسؤول، مؤسسة، بيان، مصدر مجهول…) ومن يمثّل.",
                "Who speaks in each article? For each speaker, write the kind of voice (official, institution, statement, anonymous source…) and whom it speaks for.");
        return new TableSheet(c.ids.next(SectionKind.COMPARISON, ItemType.TABLE, "voices|" + sources), prompt, columns, rows,
                List.of(5), sources, rows.size(), "");
    }

    private String kindAndSide(Voice v) {
        String kind = v.kind().label(c.language);
        return v.side().isEmpty() ? kind + c.say(" — الجهة: راجع النص", " — side: check the text") : kind + " — " + v.side();
    }

    private List<OpenQuestion> missingSides(Map<String, List<Voice>> voices) {
        Map<String, Set<String>> quotedIn = new LinkedHashMap<>();
        for (Map.Entry<String, List<Voice>> e : voices.entrySet()) {
            for (Voice v : e.getValue()) {
                if (!v.side().isEmpty()) quotedIn.computeIfAbsent(v.side(), k -> new LinkedHashSet<>()).add(e.getKey());
            }
        }
        List<String> shared = quotedIn.entrySet().stream().filter(e -> e.getValue().size() >= 2).map(Map.Entry::getKey).toList();
        List<OpenQuestion> out = new ArrayList<>();
        List<String> order = new ArrayList<>(voices.keySet());
        order.sort((a, b) -> Integer.compare(missing(b, shared, quotedIn).size(), missing(a, shared, quotedIn).size()));
        for (String id : order) {
            List<String> missing = missing(id, shared, quotedIn);
            if (missing.isEmpty() || voices.get(id).isEmpty() || out.size() == MAX_MISSING) continue;
            out.add(missingQuestion(c.report(id), voices, missing, quotedIn));
        }
        return out;
    }

    private static List<String> missing(String id, List<String> shared, Map<String, Set<String>> quotedIn) {
        return shared.stream().filter(side -> !quotedIn.get(side).contains(id)).toList();
    }

    private OpenQuestion missingQuestion(ArticleReport r, Map<String, List<Voice>> voices, List<String> missing,
                                         Map<String, Set<String>> quotedIn) {
        Set<String> present = new LinkedHashSet<>();
        for (Voice v : voices.get(r.id())) {
            boolean plain = v.side().isEmpty() || ArabicNormalizer.normalize(v.side()).equals(ArabicNormalizer.normalize(v.speaker()));
            present.add(plain ? v.speaker() : v.speaker() + " (" + v.side() + ")");
        }
        List<String> elsewhere = new ArrayList<>();
        for (String side : missing) {
            List<String> where = quotedIn.get(side).stream().map(c.labels::shortLabel).toList();
            elsewhere.add(side + c.say(" في ", " in ") + c.list(where));
        }
        String prompt = c.say("في " + c.labels.label(r) + " يتكلم: " + c.list(new ArrayList<>(present)) + ". ولا يُقتبس فيه أحد يمثّل "
                        + c.list(missing) + "، مع أن مقالات أخرى تقتبس منهم. من الصوت الغائب هنا؟ وكيف قد تتغير الصورة لو سُمع؟",
                "In " + c.labels.label(r) + " the voices are: " + c.list(new ArrayList<>(present)) + ". Nobody speaking for "
                        + c.list(missing) + " is quoted, though other articles quote them. Whose voice is missing here, and how might the picture change if it were heard?");
        String guidance = c.say("يُقتبس من يمثّل " + c.list(elsewhere) + ".", "Voices for " + c.list(elsewhere) + ".");
        List<Source> sources = voices.get(r.id()).stream().map(v -> new Source(r.id(), v.firstSentence())).distinct().toList();
        return new OpenQuestion(c.ids.next(SectionKind.COMPARISON, ItemType.OPEN_QUESTION, "missing|" + r.id() + missing),
                prompt, guidance, sources, 2, "");
    }

    /**
     * People with a role an article names but does not quote, where they belong to a side the lesson's
     * articles quote ("السوداني", "شخويرس" in 002): a question on why they are not heard.
     */
    private List<OpenQuestion> namedNotHeard(Map<String, List<Voice>> voices) {
        Set<String> sides = new LinkedHashSet<>();
        voices.values().forEach(list -> list.forEach(v -> sides.add(v.side())));
        sides.remove("");
        record Unheard(ArticleReport article, List<Entity> people) {
        }
        List<Unheard> found = new ArrayList<>();
        for (ArticleReport r : c.articles) {
            Set<String> speakers = new LinkedHashSet<>();
            voices.get(r.id()).forEach(v -> speakers.add(ArabicNormalizer.normalize(v.speaker())));
            List<Entity> people = r.analysis().entities().stream()
                    .filter(e -> e.type() == EntityType.PERSON && !e.role().isBlank())
                    .filter(e -> !speakers.contains(ArabicNormalizer.normalize(e.name())))
                    .filter(e -> sides.contains(sidesOf.of(r.analysis(), e.name(), e.role(), VoiceKind.OFFICIAL))).toList();
            if (!people.isEmpty()) found.add(new Unheard(r, people));
        }
        found.sort((a, b) -> Integer.compare(b.people().size(), a.people().size()));
        List<OpenQuestion> out = new ArrayList<>();
        for (Unheard u : found.subList(0, Math.min(MAX_MISSING, found.size()))) {
            List<String> named = u.people().stream().map(e -> e.name() + " (" + e.role() + ")").toList();
            boolean one = named.size() == 1;
            String prompt = c.say(c.labels.label(u.article()) + " يذكر " + c.list(named) + (one ? "، ولا ينقل كلامه." : "، ولا ينقل كلام أيٍّ منهم.")
                            + " لماذا قد لا يمنح الكاتب صوتًا لمن له صفة في القصة؟ وماذا كان يمكن أن يُقال؟",
                    c.labels.label(u.article()) + " names " + c.list(named) + (one ? " but does not quote them." : " but quotes none of them.")
                            + " Why might the writer not give a voice to people with a part in the story, and what might they have said?");
            List<Source> sources = u.people().stream().map(e -> new Source(u.article().id(), e.mentions().get(0).sentence())).distinct().toList();
            out.add(new OpenQuestion(c.ids.next(SectionKind.COMPARISON, ItemType.OPEN_QUESTION, "unheard|" + u.article().id()), prompt,
                    c.say("أشخاص لهم صفة في القصة يُذكرون ولا يُسمعون.", "People with a part in the story who are named but not heard."),
                    sources, 2, ""));
        }
        return out;
    }

    private OpenQuestion onlyOfficials(Map<String, List<Voice>> voices) {
        List<Source> sources = new ArrayList<>();
        for (Map.Entry<String, List<Voice>> e : voices.entrySet()) {
            if (!e.getValue().isEmpty()) sources.add(new Source(e.getKey(), e.getValue().get(0).firstSentence()));
        }
        String prompt = c.say("كل من يتكلم في هذه المقالات مسؤول أو مؤسسة أو بيان أو مصدر رسمي مجهول. من الناس الذين تمسّهم القصة ولا نسمعهم؟ وأين يمكن لصحفي أن يجدهم؟",
                "Everyone who speaks in these articles is an official, an institution, a statement or an unnamed official source. Who is affected by the story but never heard? Where could a journalist find them?");
        return new OpenQuestion(c.ids.next(SectionKind.COMPARISON, ItemType.OPEN_QUESTION, "only-officials"), prompt,
                c.say("لا يُقتبس أحد من عامة الناس أو الخبراء المستقلين في أي مقال.", "No member of the public and no independent expert is quoted in any article."),
                sources, 2, "");
    }
}
