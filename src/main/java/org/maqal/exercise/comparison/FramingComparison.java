package org.maqal.exercise.comparison;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maqal.exercise.ReportingTone;
import org.maqal.model.ArticleReport;
import org.maqal.model.Claim;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.MultipleChoice;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.model.TableSheet;
import org.maqal.model.VocabularyItem;
import org.maqal.text.Numerals;

/**
 * Naming and framing: a table with a row per article showing the names it chooses for the entity
 * named most variously, how it describes the nouns the articles share, its reporting verbs (neutral
 * and not), and its key words against the corpus; then questions on what a loaded reporting verb adds.
 */
final class FramingComparison {
    private static final int MAX_HEADS = 2;
    private static final int SECOND_FRAMING_ARTICLES = 3;
    private static final int MAX_PHRASES = 4;
    private static final int KEY_WORDS = 4;
    private static final int MAX_VERB_QUESTIONS = 2;
    private static final int OPTIONS = 4;

    private final Comparing c;

    FramingComparison(Comparing comparing) {
        this.c = comparing;
    }

    Part part() {
        NamingChoices.Naming naming = NamingChoices.mostVaried(c.articles, c.keys);
        List<FramingPhrases.Framing> framings = new FramingPhrases().find(c.articles);
        if (framings.size() > 1 && framings.get(1).phrases().size() < SECOND_FRAMING_ARTICLES) framings = framings.subList(0, 1);
        framings = framings.subList(0, Math.min(MAX_HEADS, framings.size()));
        List<Item> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (naming == null) skipped.add(c.say("التسمية: لا يسمّي مقالان الجهة نفسها بأسماء مختلفة.",
                "naming: no two articles name the same entity differently."));
        if (framings.isEmpty()) skipped.add(c.say("الوصف: لا يصف مقالان الاسم نفسه بكلمات مختلفة.",
                "framing: no two articles describe a shared noun in different words."));
        TableSheet table = table(naming, framings);
        long withContent = table.answer().stream().filter(r -> r.subList(1, r.size() - 1).stream().anyMatch(cell -> !cell.equals("—"))).count();
        if (withContent >= 2) {
            items.add(table);
        } else {
            skipped.add(c.say("التسمية والوصف: مقال واحد فقط فيه ما يُقارن، فلا جدول.",
                    "naming and framing: only one article has anything to compare, so there is no table."));
        }
        List<MultipleChoice> verbs = verbQuestions();
        items.addAll(verbs);
        if (verbs.isEmpty()) skipped.add(c.say("أفعال الإسناد: لا فعل إسناد غير محايد في المقالات، فلا سؤال عنه.",
                "reporting verbs: the articles use no loaded reporting verb, so there is no question on one."));
        return new Part(c.say("التسمية والوصف", "naming and framing"), items, skipped);
    }

    private TableSheet table(NamingChoices.Naming naming, List<FramingPhrases.Framing> framings) {
        List<String> columns = new ArrayList<>();
        columns.add(c.say("المقال", "Article"));
        if (naming != null) columns.add(c.say("كيف يسمّي ", "How it names ") + c.quote(naming.name()));
        for (FramingPhrases.Framing f : framings) {
            columns.add(c.say("كيف يصف ", "How it describes ") + String.join(" / ", f.heads().stream().map(c::quote).toList()));
        }
        columns.add(c.say("أفعال إسناد محايدة", "Neutral reporting verbs"));
        columns.add(c.say("أفعال إسناد غير محايدة", "Loaded reporting verbs"));
        columns.add(c.say("كلمات يكثر منها أكثر من غيره", "Words it uses more than the others"));
        columns.add(c.say("ماذا توحي هذه الاختيارات؟", "What do these choices suggest?"));
        List<List<String>> rows = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (ArticleReport r : c.articles) {
            if (r.analysis().sentences().isEmpty()) continue;
            List<String> row = new ArrayList<>();
            int sentence = -1;
            row.add(c.labels.shortLabel(r.id()));
            if (naming != null) {
                List<NamingChoices.Form> forms = naming.forms().getOrDefault(r.id(), List.of());
                row.add(forms.isEmpty() ? "—" : c.list(forms.stream().map(f -> f.written() + " ×" + Numerals.of(f.count(), c.language)).toList()));
                if (!forms.isEmpty()) sentence = forms.stream().mapToInt(NamingChoices.Form::firstSentence).min().orElse(-1);
            }
            for (FramingPhrases.Framing f : framings) {
                List<FramingPhrases.Phrase> phrases = f.phrases().getOrDefault(r.id(), List.of());
                List<String> texts = phrases.stream().map(FramingPhrases.Phrase::text).distinct().limit(MAX_PHRASES).toList();
                row.add(texts.isEmpty() ? "—" : c.list(texts));
                if (sentence < 0 && !phrases.isEmpty()) sentence = phrases.get(0).sentence();
            }
            Map<ReportingTone, Map<String, Integer>> verbs = verbs(r);
            row.add(verbList(verbs, EnumSet.of(ReportingTone.NEUTRAL)));
            row.add(verbList(verbs, EnumSet.complementOf(EnumSet.of(ReportingTone.NEUTRAL))));
            row.add(keyWords(r));
            row.add("");
            if (sentence < 0) sentence = r.analysis().claims().isEmpty() ? 0 : r.analysis().claims().get(0).sentence();
            rows.add(row);
            sources.add(new Source(r.id(), sentence));
        }
        String prompt = c.say("الكلمات ليست محايدة: قارن الأسماء والأوصاف وأفعال الإسناد التي يختارها كل مقال، ثم اكتب ماذا توحي به اختياراته.",
                "Words are not neutral: compare the names, descriptions and reporting verbs each article chooses, then write what its choices suggest.");
        String notes = framings.isEmpty() ? "" : c.say("تحقق مما يشير إليه كل وصف: قد تصف الكلمة نفسها مهمات مختلفة.",
                "Check what each description refers to: the same word may describe different missions or bodies.");
        return new TableSheet(c.ids.next(SectionKind.COMPARISON, ItemType.TABLE, "framing|" + columns), prompt, columns, rows,
                List.of(columns.size() - 1), sources, c.articles.size(), notes);
    }

    private Map<ReportingTone, Map<String, Integer>> verbs(ArticleReport r) {
        Map<ReportingTone, Map<String, Integer>> out = new LinkedHashMap<>();
        for (Claim claim : r.analysis().claims()) {
            ReportingTone tone = ReportingTone.of(claim);
            if (tone != null) out.computeIfAbsent(tone, t -> new LinkedHashMap<>()).merge(claim.verb(), 1, Integer::sum);
        }
        return out;
    }

    private String verbList(Map<ReportingTone, Map<String, Integer>> verbs, Set<ReportingTone> tones) {
        List<String> out = new ArrayList<>();
        verbs.forEach((tone, forms) -> {
            if (tones.contains(tone)) forms.forEach((verb, n) -> out.add(n > 1 ? verb + " ×" + n : verb));
        });
        return out.isEmpty() ? "—" : c.list(out);
    }

    private String keyWords(ArticleReport r) {
        List<String> words = r.vocabulary().stream().filter(v -> v.keyness() > 0 && !v.topic() && v.count() > 1)
                .filter(v -> ReportingTone.ofVerb(v.headword()) == null)
                .sorted((a, b) -> Double.compare(b.keyness(), a.keyness())).limit(KEY_WORDS).map(VocabularyItem::headword).toList();
        return words.isEmpty() ? "—" : c.list(words);
    }

    /** What a loaded verb adds: one question per kind of tone, headlines first. */
    private List<MultipleChoice> verbQuestions() {
        List<MultipleChoice> out = new ArrayList<>();
        Set<ReportingTone> asked = EnumSet.noneOf(ReportingTone.class);
        List<ArticleReport> order = c.articles;
        for (boolean headlinesFirst : new boolean[] {true, false}) {
            for (ArticleReport r : order) {
                for (Claim claim : r.analysis().claims()) {
                    ReportingTone tone = ReportingTone.of(claim);
                    if (tone == null || tone == ReportingTone.NEUTRAL || asked.contains(tone) || out.size() == MAX_VERB_QUESTIONS) continue;
                    if (r.analysis().sentence(claim.sentence()).headline() != headlinesFirst) continue;
                    asked.add(tone);
                    out.add(verbQuestion(r, claim, tone));
                }
            }
        }
        return out;
    }

    private MultipleChoice verbQuestion(ArticleReport r, Claim claim, ReportingTone tone) {
        List<ReportingTone> others = new ArrayList<>(EnumSet.complementOf(EnumSet.of(tone, ReportingTone.NEUTRAL)));
        Collections.shuffle(others, c.random);
        List<String> options = new ArrayList<>();
        options.add(tone.meaning(c.language));
        options.add(ReportingTone.NEUTRAL.meaning(c.language));
        for (int i = 0; options.size() < OPTIONS; i++) options.add(others.get(i).meaning(c.language));
        Collections.shuffle(options, c.random);
        String sentence = r.analysis().sentence(claim.sentence()).text().strip();
        String prompt = c.say("في " + c.labels.shortLabel(r.id()) + ": " + c.quote(sentence) + " — ينقل الكاتب الكلام بالفعل "
                        + c.quote(claim.verb()) + ". ماذا يضيف هذا الفعل مقارنةً بـ«قال»؟",
                "In " + c.labels.shortLabel(r.id()) + ": " + c.quote(sentence) + " — the writer reports it with "
                        + c.quote(claim.verb()) + ". What does this verb add, compared with «قال»?");
        return new MultipleChoice(c.ids.next(SectionKind.COMPARISON, ItemType.MULTIPLE_CHOICE, "verb|" + r.id() + "|" + claim.sentence()),
                prompt, options, tone.meaning(c.language), List.of(new Source(r.id(), claim.sentence())), 1, "");
    }
}
