package org.maqal.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maqal.model.EntityType;
import org.maqal.model.Span;
import org.maqal.text.ArabicNormalizer;

/**
 * Gathers the mentions of people: the names found by {@link NamePatterns}, grouped when one ends
 * the other ("اندرس فو راسموسن", "فو راسموسن"); family names alone where the full name is given
 * ("راسموسن", "لحسين"); and titles used alone that match the title of one person in the text
 * ("الأمين العام للحلف", "الوزيرة"). A person's title is the first the text gives them.
 * Immutable and thread-safe; the drafts of one call stay in that call.
 */
final class PeopleLinker {
    private final Lexicon lexicon;
    private final Titles titles;

    PeopleLinker(Lexicon lexicon, Titles titles) {
        this.lexicon = lexicon;
        this.titles = titles;
    }

    /**
     * The people of the names found, longer names first so that shorter ones join them; marks
     * the tokens of names and titles as taken.
     */
    List<EntityDraft> people(String text, TokenView v, List<NamePatterns.Person> persons, boolean[] taken) {
        List<EntityDraft> people = new ArrayList<>();
        List<NamePatterns.Person> ordered = new ArrayList<>(persons);
        ordered.sort(Comparator.comparingInt((NamePatterns.Person p) -> p.nameEnd() - p.nameStart() > 1 ? 0 : 1)
                .thenComparingInt(NamePatterns.Person::nameStart));
        for (NamePatterns.Person p : ordered) {
            int letters = conjunctionLetters(v, p.nameStart());
            Span span = MentionLinker.span(text, v, p.nameStart(), p.nameEnd(), letters);
            List<String> words = nameWords(v, p);
            EntityDraft c = findPerson(people, words, span.start());
            if (c == null) {
                c = new EntityDraft(EntityType.PERSON);
                people.add(c);
            }
            if (words.size() > c.words.size()) {
                c.words = words;
                c.name = span.text();
            }
            c.mentions.add(span);
            if (p.hasRole()) {
                if (span.start() < c.roleAt) {
                    c.role = roleText(text, v, p.roleStart(), p.roleEnd());
                    c.roleAt = span.start();
                }
                c.roleSignature.addAll(signature(v, p.roleStart(), p.roleEnd()));
                MentionLinker.mark(taken, p.roleStart(), p.roleEnd());
            }
            MentionLinker.mark(taken, p.nameStart(), p.nameEnd());
        }
        return people;
    }

    private List<String> nameWords(TokenView v, NamePatterns.Person p) {
        List<String> words = new ArrayList<>();
        for (int i = p.nameStart(); i < p.nameEnd(); i++) {
            if (i == p.nameStart() && titles.isNameTitle(v, i) && p.nameEnd() > i + 1) continue;
            words.add(i == p.nameStart() && conjunctionLetters(v, i) > 0 ? Clitics.withoutConjunction(v.normal(i)).word() : v.normal(i));
        }
        return words;
    }

    private static EntityDraft findPerson(List<EntityDraft> people, List<String> words, int offset) {
        EntityDraft best = null;
        int bestAt = Integer.MIN_VALUE;
        for (EntityDraft c : people) {
            if (!endsWith(c.words, words) && !endsWith(words, c.words)) continue;
            int at = c.lastMentionBefore(offset);
            if (best == null || at > bestAt) {
                best = c;
                bestAt = at;
            }
        }
        return best;
    }

    private static boolean endsWith(List<String> longer, List<String> shorter) {
        if (shorter.isEmpty() || shorter.size() > longer.size()) return false;
        return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    /** A family name alone ("راسموسن", "لحسين") where the text has given the full name. */
    void addShortNames(String text, TokenView v, List<EntityDraft> people, boolean[] taken) {
        // an article names a handful of people, so their family names are kept in a short array
        String[] familyNames = new String[people.size()];
        int names = 0;
        for (EntityDraft c : people) {
            String last = c.words.isEmpty() ? "" : c.words.get(c.words.size() - 1);
            if (c.words.size() >= 2 && last.length() >= 3 && Words.indexOf(familyNames, names, last) < 0) familyNames[names++] = last;
        }
        if (names == 0) return;
        char[] lastLetters = new char[names];
        int[] hashes = new int[names];
        for (int k = 0; k < names; k++) {
            lastLetters[k] = familyNames[k].charAt(familyNames[k].length() - 1);
            hashes[k] = familyNames[k].hashCode();
        }
        for (int i = 0; i < v.size(); i++) {
            if (taken[i] || !v.isArabic(i) || v.isFunction(i)) continue;
            // every reading of a word ends as the word does, so a family name can only match a word ending in its letter;
            // that letter is read from the text, which is at hand, rather than from the word's normal form
            char last = ArabicNormalizer.lastChar(text, v.start(i), v.end(i));
            if (last == 0 || !contains(lastLetters, last)) continue;
            List<Clitics.Reading> readings = v.word(i).readings();
            for (int k = 0; k < readings.size(); k++) {
                Clitics.Reading r = readings.get(k);
                if (!contains(hashes, r.wordHash()) || Words.indexOf(familyNames, names, r.word()) < 0) continue;
                EntityDraft c = personByFamilyName(people, r.word(), v.start(i));
                if (c == null) continue;
                if (Clitics.hasArticle(r.word()) && (r.letters() > 1 || (v.isDefinite(i - 1) && v.sameSentence(i - 1, i)))) break;
                c.mentions.add(MentionLinker.span(text, v, i, i + 1, r.letters()));
                taken[i] = true;
                break;
            }
        }
    }

    private static boolean contains(char[] letters, char c) {
        for (char letter : letters) if (letter == c) return true;
        return false;
    }

    private static boolean contains(int[] hashes, int hash) {
        for (int h : hashes) if (h == hash) return true;
        return false;
    }

    private EntityDraft personByFamilyName(List<EntityDraft> people, String word, int offset) {
        EntityDraft best = null;
        int bestAt = Integer.MIN_VALUE;
        for (EntityDraft c : people) {
            if (c.words.size() < 2 || !c.words.get(c.words.size() - 1).equals(word) || word.length() < 3) continue;
            int at = c.lastMentionBefore(offset);
            if (best == null || at > bestAt) {
                best = c;
                bestAt = at;
            }
        }
        return best;
    }

    /** A title used alone ("الأمين العام للحلف", "الوزيرة") that matches the title of one person. */
    void addTitlesAlone(String text, TokenView v, List<EntityDraft> people, boolean[] taken) {
        int i = 0;
        while (i < v.size()) {
            if (taken[i] || !titles.isTitle(v, i)) {
                i++;
                continue;
            }
            int end = titles.titleEnd(v, i);
            if (end == i + 1 && !v.isDefinite(i)) {
                i++;
                continue;
            }
            Set<String> wanted = signature(v, i, end);
            EntityDraft holder = holderOf(people, wanted, v.start(i));
            if (holder != null) {
                holder.mentions.add(MentionLinker.span(text, v, i, end, conjunctionLetters(v, i)));
                MentionLinker.mark(taken, i, end);
            }
            i = end;
        }
    }

    private static EntityDraft holderOf(List<EntityDraft> people, Set<String> wanted, int offset) {
        EntityDraft best = null;
        int bestAt = Integer.MIN_VALUE;
        for (EntityDraft c : people) {
            if (c.roleSignature.isEmpty() || !c.roleSignature.containsAll(wanted)) continue;
            if (wanted.size() == 1 && c.roleSignature.size() > 2) continue;
            int at = c.lastMentionBefore(offset);
            if (best == null || at > bestAt) {
                best = c;
                bestAt = at;
            }
        }
        return best;
    }

    /** The words of a title, without article and prefixes, with known names as their keys. */
    private Set<String> signature(TokenView v, int start, int end) {
        Set<String> out = new HashSet<>();
        for (int i = start; i < end; i++) {
            if (v.isKnown(i)) {
                out.add("#" + v.knownKey(i));
            } else if (v.isArabic(i) && !v.isFunction(i)) {
                out.add(bare(v.normal(i)));
            }
        }
        return out;
    }

    private String bare(String normal) {
        for (Clitics.Reading r : Clitics.readings(normal)) {
            String w = Clitics.withoutArticle(r.word());
            if (lexicon.titles().contains(w)) return masculine(w);
            if (lexicon.roleWords().contains(w) || lexicon.institutions().contains(w)) return w;
        }
        Clitics.Reading r = Clitics.withoutConjunction(normal);
        String w = r.word();
        if (w.startsWith("لل")) return w.substring(2);
        return Clitics.withoutArticle(w.startsWith("ل") && Clitics.hasArticle(w.substring(1)) ? w.substring(1) : w);
    }

    /** A title without its feminine ending, so that "الوزيرة" matches "وزير الاتصالات" said of a woman. */
    private String masculine(String title) {
        if (title.endsWith("ه") && lexicon.titles().contains(title.substring(0, title.length() - 1))) {
            return title.substring(0, title.length() - 1);
        }
        return title;
    }

    /** A title as written, without quotation marks and without a quoted alias of the name before it. */
    private String roleText(String text, TokenView v, int start, int end) {
        StringBuilder out = new StringBuilder();
        int i = start;
        while (i < end) {
            int quoted = v.shortQuoteEnd(i, 4);
            if (quoted > 0 && quoted <= end) {
                boolean alias = v.isKnown(i - 1) && v.isKnown(i + 1) && v.knownKey(i - 1).equals(v.knownKey(i + 1));
                if (!alias) for (int k = i + 1; k < quoted - 1; k++) append(out, v.text(k));
                i = quoted;
                continue;
            }
            if (!v.isQuoteMark(i)) append(out, v.text(i));
            i++;
        }
        String role = out.toString();
        int letters = prepositionLetters(v.normal(start));
        if (letters < 0) return "ال" + role.substring(Clitics.offsetAfterLetters(role, -letters + 1));
        return letters > 0 ? role.substring(Clitics.offsetAfterLetters(role, letters)) : role;
    }

    /**
     * Letters of a conjunction or preposition attached to a title ("وللأمين", "لوزير"); negative
     * when the title's article was written as لل, so that it must be restored.
     */
    private int prepositionLetters(String normal) {
        for (Clitics.Reading r : Clitics.readings(normal)) {
            String w = Clitics.withoutArticle(r.word());
            if (lexicon.titles().contains(w)) return r.articleRestored() ? -r.letters() : r.letters();
        }
        return 0;
    }

    private static void append(StringBuilder out, String word) {
        if (!out.isEmpty() && !word.equals("،") && !word.equals(",")) out.append(' ');
        out.append(word);
    }

    /** Letters of an attached و or ف on token i when what follows is a title or a first name ("والوزير", "ومحمد"). */
    private int conjunctionLetters(TokenView v, int i) {
        String normal = v.normal(i);
        Clitics.Reading bare = Clitics.withoutConjunction(normal);
        if (bare.letters() == 0 || lexicon.firstNames().contains(normal) || lexicon.femaleNames().contains(normal)) return 0;
        if (lexicon.isFirstName(bare.word())) return 1;
        return isTitleWord(bare.word()) && !isTitleWord(normal) ? 1 : 0;
    }

    private boolean isTitleWord(String normal) {
        return lexicon.titles().contains(normal) || lexicon.titles().contains(Clitics.withoutArticle(normal));
    }
}
