package org.maqal.exercise.comparison;

import java.util.List;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;

/**
 * Someone quoted or cited in one article, with everything the article attributes to them.
 *
 * @param article the article
 * @param speaker the speaker as the analysis resolved it
 * @param role    the speaker's role as written, or empty
 * @param kind    what kind of voice it is
 * @param side    whom the voice speaks for (a country or a body, "حلف شمال الأطلسي", "العراق"), or empty
 * @param claims  the claims attributed to it, in reading order
 */
record Voice(ArticleAnalysis article, String speaker, String role, VoiceKind kind, String side, List<Claim> claims) {
    Voice {
        claims = List.copyOf(claims);
    }

    int firstSentence() {
        return claims.get(0).sentence();
    }

    boolean quotedDirectly() {
        return claims.stream().anyMatch(Claim::direct);
    }
}
