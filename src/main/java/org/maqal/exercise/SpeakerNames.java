package org.maqal.exercise;

import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;
import org.maqal.text.ArabicNormalizer;

/**
 * The speaker a claim is shown with. A speaker known only by one word and a role that a named
 * speaker's fuller role begins with ("المتحدث" beside "خالد العمري, المتحدث باسم وزارة الصحة") is that
 * named speaker. Stateless.
 */
public final class SpeakerNames {
    private SpeakerNames() {
    }

    /** The claim as said by its resolved speaker: the named speaker it stands for, or itself. */
    public static Claim resolve(ArticleAnalysis article, Claim claim) {
        String speaker = ArabicNormalizer.normalize(claim.speaker()).strip();
        String role = ArabicNormalizer.normalize(claim.speakerRole()).strip();
        if (role.isEmpty() || speaker.contains(" ")) return claim;
        for (Claim other : article.claims()) {
            String named = ArabicNormalizer.normalize(other.speaker()).strip();
            String fuller = ArabicNormalizer.normalize(other.speakerRole()).strip();
            if (named.contains(" ") && !named.equals(speaker) && fuller.startsWith(role)) {
                return new Claim(other.speaker(), other.speakerRole(), claim.verb(), claim.text(), claim.direct(), claim.span());
            }
        }
        return claim;
    }
}
