package org.maqal.exercise.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maqal.exercise.FigureSubject;
import org.maqal.exercise.WordKeys;
import org.maqal.text.ArabicNormalizer;

/**
 * The reasons the texts themselves suggest for figures that differ, as guidance for the teacher:
 * different dates, estimates and lower bounds ("نحو", "أكثر من"), targets rather than counts
 * ("زيادة ... إلى"), different sources, and different counted nouns.
 */
final class FigureReasons {
    private static final Set<String> ESTIMATE_WORDS = Set.of("نحو", "بنحو", "لنحو", "حوالي", "قرابه", "زهاء", "اكثر",
            "اقل", "يقارب", "يزيد", "يناهز", "تقريبا");
    private static final Set<String> PLAN_KEYS = keys("قرر قررت يعتزم تعتزم ينوي تنوي يخطط تخطط خطه مقرر طلب طلبت طلبوا"
            + " يطالب تطالب اقترح اقترحت يقترح");

    private final Comparing c;

    FigureReasons(Comparing comparing) {
        this.c = comparing;
    }

    /** The guidance for a why-do-they-differ question on these figures. */
    String of(List<FigureSubject> rows) {
        List<String> reasons = new ArrayList<>();
        Set<String> dates = new LinkedHashSet<>();
        for (FigureSubject f : rows) dates.add(c.labels.date(c.report(f.articleId())));
        if (dates.size() > 1) {
            reasons.add(c.say("التوقيت: المقالات من تواريخ مختلفة (" + c.list(new ArrayList<>(dates)) + ")، وقد يتغير العدد مع الزمن.",
                    "Timing: the articles are from different dates (" + c.list(new ArrayList<>(dates)) + "), and the number may have changed."));
        }
        for (FigureSubject f : rows) {
            if (isEstimate(f)) {
                reasons.add(c.say(c.quote(f.figure().text()) + " تقدير أو حدّ أدنى، لا عدد دقيق.",
                        c.quote(f.figure().text()) + " is an estimate or a lower bound, not an exact count."));
            }
            if (isPlanned(f)) {
                reasons.add(c.say(c.quote(f.figure().text()) + " عدد مخطط له أو مطلوب، لا عدد قائم حين كُتب المقال.",
                        c.quote(f.figure().text()) + " is a number planned or asked for, not one counted at the time of writing."));
            }
        }
        Set<String> givers = new LinkedHashSet<>();
        for (FigureSubject f : rows) givers.add(f.source() == null ? "" : f.source().speaker());
        if (givers.size() > 1) {
            List<String> named = givers.stream().map(g -> g.isEmpty() ? c.say("الكاتب دون مصدر", "the writer without a source") : g).toList();
            reasons.add(c.say("المصدر: الأرقام على ألسنة مختلفة (" + c.list(named) + ")، ولكلٍّ منهم ما يعرفه وما يريد إبرازه.",
                    "Source: different people give the figures (" + c.list(named) + "); each knows different things and may want to stress different things."));
        }
        Map<String, String> counted = new LinkedHashMap<>();
        for (FigureSubject f : rows) if (!f.figure().what().isBlank()) counted.putIfAbsent(f.what(), c.quote(f.figure().what()));
        if (counted.size() > 1) {
            List<String> nouns = new ArrayList<>(counted.values());
            reasons.add(c.say("المعدود: الأرقام تعدّ " + c.list(nouns) + "، فهل هم الأشخاص أنفسهم؟",
                    "What is counted: the figures count " + c.list(nouns) + "; are these the same people or things?"));
        }
        return String.join(" ", reasons);
    }

    private static boolean isEstimate(FigureSubject f) {
        for (String w : ArabicNormalizer.normalize(f.figure().text()).split("\\s+")) {
            if (ESTIMATE_WORDS.contains(w)) return true;
        }
        return false;
    }

    private static boolean isPlanned(FigureSubject f) {
        int at = f.context().indexOf(f.figure().text());
        if (at < 0) return false;
        String[] before = ArabicNormalizer.normalize(f.context().substring(0, at)).strip().split("\\s+");
        for (String w : before) {
            if (!w.isEmpty() && PLAN_KEYS.contains(WordKeys.key(w))) return true;
        }
        return false;
    }

    private static Set<String> keys(String words) {
        Set<String> out = new HashSet<>();
        for (String w : words.split(" ")) out.add(WordKeys.key(w));
        return Set.copyOf(out);
    }
}
