package org.maqal.exercise.comprehension;

import java.util.Set;
import org.maqal.model.ArticleReport;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.WordMemo;

/**
 * Telling people apart across articles that spell them differently (ينس ستولتنبرغ، جينس ستولتنبيرغ):
 * two names are taken for one person when their last words have the same skeleton, the letters
 * left once the article and the long vowels are taken out. Erring towards "the same" keeps a person
 * from being offered as someone else. Stateless.
 * <p>
 * {@link #speaks} guards against a claim the analysis gave to the wrong speaker.
 */
final class Names {
    private static final WordMemo<String> NORMAL = WordMemo.of(n -> ArabicNormalizer.normalize(n.strip()));
    private static final WordMemo<String> SKELETON = WordMemo.of(Names::skeletonOf);

    private Names() {
    }

    /** The skeleton of a word: normalised, without the article and the letters ا و ي. */
    static String skeleton(String word) {
        return SKELETON.get(word);
    }

    private static String skeletonOf(String word) {
        String n = ArabicNormalizer.normalize(word);
        if (n.length() > 4 && n.startsWith("ال")) n = n.substring(2);
        return n.replaceAll("[اوي]", "");
    }

    static String lastWord(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        return space < 0 ? n : n.substring(space + 1);
    }

    /**
     * Whether two names may be of one person: the same skeleton of the last word, or one name the
     * start of the other (يوسف بن علي، يوسف بن علي مقابل: a name read one word too long).
     */
    static boolean samePerson(String a, String b) {
        String na = NORMAL.get(a);
        String nb = NORMAL.get(b);
        if (na.equals(nb) || skeleton(lastWord(na)).equals(skeleton(lastWord(nb)))) return true;
        return (na + " ").startsWith(nb + " ") || (nb + " ").startsWith(na + " ");
    }

    /**
     * Whether the article names someone who may be this person: a person of the article by
     * {@link #samePerson}, or their last name among the article's words ({@code words}, normalised),
     * alone or with letters attached before it.
     */
    static boolean mentioned(ArticleReport report, Set<String> words, String name) {
        for (Entity e : report.analysis().entities()) {
            if (e.type() == EntityType.PERSON && samePerson(e.name(), name)) return true;
        }
        String last = ArabicNormalizer.normalize(lastWord(name));
        if (last.length() < 4) return false;
        if (words.contains(last)) return true;
        for (String prefix : new String[] {"و", "ف", "ب", "ل", "ك", "وب", "ول", "لل"}) {
            if (words.contains(prefix + last)) return true;
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
