package org.maqal.exercise.comprehension;

import org.maqal.model.ArticleReport;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.text.ArabicNormalizer;

/**
 * Telling people apart across articles that spell them differently (ينس ستولتنبرغ، جينس ستولتنبيرغ):
 * two names are taken for one person when their last words have the same skeleton, the letters
 * left once the article and the long vowels are taken out. Erring towards "the same" keeps a person
 * from being offered as someone else. Stateless.
 * <p>
 * {@link #speaks} guards against a claim the analysis gave to the wrong speaker.
 */
final class Names {
    private Names() {
    }

    /** The skeleton of a word: normalised, without the article and the letters ا و ي. */
    static String skeleton(String word) {
        String n = ArabicNormalizer.normalize(word);
        if (n.length() > 4 && n.startsWith("ال")) n = n.substring(2);
        return n.replaceAll("[اوي]", "");
    }

    static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    /**
     * Whether two names may be of one person: the same skeleton of the last word, or one name the
     * start of the other (يوسف بن علي، يوسف بن علي مقابل: a name read one word too long).
     */
    static boolean samePerson(String a, String b) {
        if (skeleton(lastWord(a)).equals(skeleton(lastWord(b))) || ArabicNormalizer.sameWord(a, b)) return true;
        String na = ArabicNormalizer.normalize(a.strip()) + " ";
        String nb = ArabicNormalizer.normalize(b.strip()) + " ";
        return na.startsWith(nb) || nb.startsWith(na);
    }

    /** Whether the article names someone who may be this person. */
    static boolean mentioned(ArticleReport report, String name) {
        for (Entity e : report.analysis().entities()) {
            if (e.type() == EntityType.PERSON && samePerson(e.name(), name)) return true;
        }
        String last = ArabicNormalizer.normalize(lastWord(name));
        if (last.length() < 4) return false;
        for (var t : report.analysis().tokens()) {
            if (t.normal().equals(last) || t.normal().endsWith(last) && t.normal().length() <= last.length() + 2) return true;
        }
        return false;
    }

    /**
     * Whether a generator may trust that {@code speaker} made a claim: they are named in its sentence,
     * or in one of the two before it when no one else is named before the claim in its own sentence,
     * and the reporting verb agrees with them (a verb in the feminine
     * for a woman or a body named by a feminine noun, in the masculine for a man). A claim that fails
     * is left out rather than risk asking students to name the wrong speaker.
     */
    static boolean speaks(ArticleReport report, Entity speaker, org.maqal.model.Claim claim, boolean feminine,
                          org.maqal.analysis.ReportingVerbs verbs) {
        boolean near = speaker.mentions().stream().anyMatch(m -> m.sentence() <= claim.sentence() && m.sentence() >= claim.sentence() - 2);
        if (!near) return false;
        boolean here = speaker.mentions().stream().anyMatch(m -> m.sentence() == claim.sentence());
        boolean someoneElse = report.analysis().entities().stream()
                .filter(e -> e != speaker && e.type() != EntityType.PLACE)
                .flatMap(e -> e.mentions().stream())
                .anyMatch(m -> m.sentence() == claim.sentence() && m.start() < claim.span().start());
        if (!here && someoneElse) return false;
        String verb = ArabicNormalizer.normalize(claim.verb().strip().split("\\s+")[0]);
        org.maqal.analysis.ReportingVerbs.Use use = verbs.match(verb);
        if (use == null) return true;
        return switch (use.agreement()) {
            case FEMININE -> feminine;
            case MASCULINE -> !feminine;
            case PLURAL -> speaker.type() != EntityType.PERSON;
        };
    }
}
