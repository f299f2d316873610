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

    /** Whether two names may be of one person. */
    static boolean samePerson(String a, String b) {
        return skeleton(lastWord(a)).equals(skeleton(lastWord(b))) || ArabicNormalizer.sameWord(a, b);
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
}
