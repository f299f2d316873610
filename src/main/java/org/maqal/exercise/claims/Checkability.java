package org.maqal.exercise.claims;

import java.util.List;
import java.util.Set;
import org.maqal.exercise.ReportingTone;
import org.maqal.exercise.Bilingual;
import org.maqal.model.Figure;
import org.maqal.model.Language;
import org.maqal.model.Token;
import org.maqal.model.Unit;

/**
 * A first answer, for the teacher's key, to "can this claim be checked, and where?": a promise or
 * forecast cannot be checked yet, an opinion is argued rather than checked, a figure or a dated event
 * can be compared with other sources. Empty when the text gives no sign. Stateless.
 */
final class Checkability {
    private static final Set<String> FUTURE = Set.of("سوف", "لن", "ولن", "فلن");
    private static final List<String> NOT_VERBS = List.of("سيا", "سيط", "سيد", "سير", "ستة", "ستين", "سنة", "سنو", "ستار",
            "سين", "سيف", "ستو", "سنو");

    private Checkability() {
    }

    static String of(TrackedClaim c, List<Token> tokens, Language language) {
        if (isFuture(tokens)) {
            return Bilingual.of(language, "ليس الآن: وعد أو توقع للمستقبل، يُتحقق منه حين يحين وقته",
                    "not yet: a promise or forecast, to be checked when the time comes");
        }
        if (ReportingTone.of(c.claim()) == ReportingTone.OPINION) {
            return Bilingual.of(language, "رأي أو تقدير: يُناقش بالحجة ولا يُتحقق منه كواقعة",
                    "an opinion or estimate: argued about rather than checked as a fact");
        }
        for (Figure f : c.article().figures()) {
            if (f.span().start() < c.claim().span().start() || f.span().end() > c.claim().span().end()) continue;
            if (f.unit() == Unit.DATE || f.unit() == Unit.YEAR) {
                return Bilingual.of(language, "نعم: حدث مؤرخ يمكن البحث عنه في أخبار ذلك اليوم ووثائقه",
                        "yes: a dated event that can be looked up in the news and records of that day");
            }
            return Bilingual.of(language, "نعم: رقم يمكن مقارنته بمصادر أخرى (بيانات رسمية، تقارير، مقالات أخرى)",
                    "yes: a figure that can be compared with other sources (official data, reports, other articles)");
        }
        return "";
    }

    private static boolean isFuture(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.normal();
            if (FUTURE.contains(w)) return true;
            String bare = w.startsWith("و") || w.startsWith("ف") ? w.substring(1) : w;
            if (bare.length() >= 5 && bare.charAt(0) == 'س' && "يتن".indexOf(bare.charAt(1)) >= 0
                    && NOT_VERBS.stream().noneMatch(bare::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
