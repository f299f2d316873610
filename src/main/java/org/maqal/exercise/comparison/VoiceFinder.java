package org.maqal.exercise.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maqal.analysis.Clitics;
import org.maqal.exercise.SpeakerNames;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.text.ArabicNormalizer;

/**
 * The voices of an article: its claims grouped by speaker, each with its kind (official, institution,
 * statement, anonymous source…) and the side it speaks for. Immutable and thread-safe.
 */
final class VoiceFinder {
    private static final Set<String> DOCUMENTS = normal("بيان بيانات تقرير تقارير دراسة وثيقة وثائق رسالة مذكرة"
            + " إحصاءات إحصائيات أرقام استطلاع سجلات صحيفة موقع وكالة قناة فضائية");
    private static final Set<String> ANONYMOUS = normal("مصدر مصادر مسؤول مسؤولة مسؤولون مسؤولين مسؤولو مسؤولي"
            + " دبلوماسي دبلوماسيون دبلوماسيين");
    private static final Set<String> EXPERTS = normal("خبير خبراء محلل محللون محللين مراقب مراقبون مراقبين باحث باحثون"
            + " أطباء");
    private static final Set<String> PUBLIC = normal("سكان مواطن مواطنون مواطنين شهود شاهد أهالي متظاهرون متظاهرين محتجون"
            + " محتجين ناشطون ناشطين نشطاء طلاب طلبة عمال مزارعون تجار ركاب مسافرون زوار");

    private final Sides sides;

    VoiceFinder(Sides sides) {
        this.sides = sides;
    }

    /**
     * The voices of an article, in the order they first speak, each speaker resolved by
     * {@link SpeakerNames}; a place that is neither a country nor a capital does not speak and is left out.
     */
    List<Voice> of(ArticleAnalysis article) {
        Map<String, List<Claim>> bySpeaker = new LinkedHashMap<>();
        for (Claim raw : article.claims()) {
            Claim c = SpeakerNames.resolve(article, raw);
            if (c.speaker().isBlank() || !canSpeak(article, c.speaker())) continue;
            bySpeaker.computeIfAbsent(ArabicNormalizer.normalize(c.speaker()), k -> new ArrayList<>()).add(c);
        }
        List<Voice> voices = new ArrayList<>();
        for (List<Claim> claims : bySpeaker.values()) {
            claims.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
            Claim first = claims.get(0);
            String role = claims.stream().map(Claim::speakerRole).filter(r -> !r.isBlank())
                    .max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
            VoiceKind kind = kind(article, first.speaker(), role);
            voices.add(new Voice(article, first.speaker(), role, kind, sides.of(article, first.speaker(), role, kind), claims));
        }
        voices.sort((a, b) -> Integer.compare(a.claims().get(0).span().start(), b.claims().get(0).span().start()));
        return voices;
    }

    private boolean canSpeak(ArticleAnalysis article, String speaker) {
        String normal = ArabicNormalizer.normalize(speaker);
        for (Entity e : article.entities()) {
            if (e.type() == EntityType.PLACE && ArabicNormalizer.normalize(e.name()).equals(normal)) return sides.speaksFor(e.name());
        }
        return true;
    }

    private static VoiceKind kind(ArticleAnalysis article, String speaker, String role) {
        String normal = ArabicNormalizer.normalize(speaker);
        for (Entity e : article.entities()) {
            if (!ArabicNormalizer.normalize(e.name()).equals(normal)) continue;
            if (e.type() == EntityType.PERSON) return role.isBlank() && e.role().isBlank() ? VoiceKind.PERSON : VoiceKind.OFFICIAL;
            return VoiceKind.INSTITUTION;
        }
        String head = Clitics.withoutArticle(Clitics.withoutConjunction(normal.split("\\s+")[0]).word());
        if (DOCUMENTS.contains(head)) return VoiceKind.DOCUMENT;
        if (ANONYMOUS.contains(head)) return VoiceKind.ANONYMOUS;
        if (EXPERTS.contains(head)) return VoiceKind.EXPERT;
        if (PUBLIC.contains(head)) return VoiceKind.PUBLIC;
        if (!role.isBlank()) return VoiceKind.OFFICIAL;
        return normal.contains(" ") && !head.equals(normal) ? VoiceKind.INSTITUTION : VoiceKind.PERSON;
    }

    private static Set<String> normal(String words) {
        return Set.copyOf(Arrays.asList(ArabicNormalizer.normalize(words).split(" ")));
    }
}
