package org.maqal.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Span;
import org.maqal.model.Token;
import org.maqal.text.ArabicNormalizer;

/**
 * Gathers the mentions of one text into entities: all names of a gazetteer entry; a person's full
 * name, shorter names ("راسموسن" for "اندرس فو راسموسن") and a title used alone that only they hold
 * in the text ("الأمين العام للحلف"); an organisation and its head noun used alone ("اللجنة" for
 * "لجنة الأمن والدفاع النيابية"). Each entity is named by its fullest name and carries the first
 * title the text gives it. Immutable and thread-safe; the work of one call stays in that call.
 */
final class MentionLinker {
    private final Lexicon lexicon;
    private final Titles titles;

    MentionLinker(Lexicon lexicon, Titles titles) {
        this.lexicon = lexicon;
        this.titles = titles;
    }

    /** One entity being gathered. Local to one call. */
    private static final class Cluster {
        final EntityType type;
        String name = "";
        int rank = Integer.MAX_VALUE;
        String role = "";
        int roleAt = Integer.MAX_VALUE;
        List<String> words = List.of();
        final Set<String> roleSignature = new HashSet<>();
        final List<Span> mentions = new ArrayList<>();

        Cluster(EntityType type) {
            this.type = type;
        }

        int lastMentionBefore(int offset) {
            int best = -1;
            for (Span s : mentions) if (s.start() < offset) best = Math.max(best, s.start());
            return best;
        }
    }

    /** The entities of a text from its known names, pattern matches and people, in order of first mention. */
    List<Entity> link(String text, TokenView v, List<Gazetteer.Match> known, List<OrganizationPatterns.Found> patterns,
                      List<NamePatterns.Person> persons) {
        boolean[] taken = new boolean[v.size()];
        Map<String, Cluster> bodies = new LinkedHashMap<>();
        for (Gazetteer.Match m : known) addKnown(text, v, m, bodies, taken);
        for (OrganizationPatterns.Found f : patterns) addPattern(text, v, f, bodies, taken);
        List<Cluster> people = people(text, v, persons, taken);
        addShortNames(text, v, people, taken);
        addTitlesAlone(text, v, people, taken);
        addHeadNouns(text, v, bodies, taken);
        List<Cluster> all = new ArrayList<>(bodies.values());
        all.addAll(people);
        List<Entity> out = new ArrayList<>();
        for (Cluster c : all) {
            c.mentions.sort(Comparator.comparingInt(Span::start));
            out.add(new Entity(c.name, c.type, c.role, c.mentions));
        }
        out.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return out;
    }

    private void addKnown(String text, TokenView v, Gazetteer.Match m, Map<String, Cluster> bodies, boolean[] taken) {
        Cluster c = bodies.computeIfAbsent("g" + m.entry().id(), k -> new Cluster(m.entry().type()));
        int letters = m.articleRestored() ? m.prefixLetters() - 1 : m.prefixLetters();
        Span span = span(text, v, m.start(), m.end(), letters);
        c.mentions.add(span);
        if (m.rank() < c.rank) {
            c.rank = m.rank();
            c.name = m.articleRestored() ? "ال" + span.text().substring(Clitics.offsetAfterLetters(span.text(), 2)) : span.text();
        }
        mark(taken, m.start(), m.end());
    }

    private void addPattern(String text, TokenView v, OrganizationPatterns.Found f, Map<String, Cluster> bodies, boolean[] taken) {
        Span span = span(text, v, f.start(), f.end(), f.articleRestored() ? f.prefixLetters() - 1 : f.prefixLetters());
        String written = f.articleRestored() ? "ال" + span.text().substring(Clitics.offsetAfterLetters(span.text(), 2)) : span.text();
        String name = written.replaceAll("[\"«»“”]", "").replaceAll("\\s+", " ").strip();
        Cluster c = bodies.computeIfAbsent("p" + ArabicNormalizer.normalize(name), k -> new Cluster(f.type()));
        if (c.name.isEmpty()) c.name = name;
        c.mentions.add(span);
        mark(taken, f.start(), f.end());
    }

    private List<Cluster> people(String text, TokenView v, List<NamePatterns.Person> persons, boolean[] taken) {
        List<Cluster> people = new ArrayList<>();
        List<NamePatterns.Person> ordered = new ArrayList<>(persons);
        ordered.sort(Comparator.comparingInt((NamePatterns.Person p) -> p.nameEnd() - p.nameStart() > 1 ? 0 : 1)
                .thenComparingInt(NamePatterns.Person::nameStart));
        for (NamePatterns.Person p : ordered) {
            int letters = conjunctionLetters(v, p.nameStart());
            Span span = span(text, v, p.nameStart(), p.nameEnd(), letters);
            List<String> words = nameWords(v, p);
            Cluster c = findPerson(people, words, span.start());
            if (c == null) {
                c = new Cluster(EntityType.PERSON);
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
                mark(taken, p.roleStart(), p.roleEnd());
            }
            mark(taken, p.nameStart(), p.nameEnd());
        }
        return people;
    }

    private List<String> nameWords(TokenView v, NamePatterns.Person p) {
        List<String> words = new ArrayList<>();
        for (int i = p.nameStart(); i < p.nameEnd(); i++) {
            if (i == p.nameStart() && titles.isNameTitle(v, i) && p.nameEnd() > i + 1) continue;
            words.add(i == p.nameStart() ? Clitics.withoutConjunction(v.normal(i)).word() : v.normal(i));
        }
        return words;
    }

    private static Cluster findPerson(List<Cluster> people, List<String> words, int offset) {
        Cluster best = null;
        int bestAt = Integer.MIN_VALUE;
        for (Cluster c : people) {
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
    private void addShortNames(String text, TokenView v, List<Cluster> people, boolean[] taken) {
        for (int i = 0; i < v.size(); i++) {
            if (taken[i] || !v.isArabic(i) || v.isFunction(i)) continue;
            for (Clitics.Reading r : Clitics.readings(v.normal(i))) {
                Cluster c = personByFamilyName(people, r.word(), v.get(i).start());
                if (c == null) continue;
                if (Clitics.hasArticle(r.word()) && (r.letters() > 1 || (v.isDefinite(i - 1) && v.sameSentence(i - 1, i)))) break;
                c.mentions.add(span(text, v, i, i + 1, r.letters()));
                taken[i] = true;
                break;
            }
        }
    }

    private Cluster personByFamilyName(List<Cluster> people, String word, int offset) {
        Cluster best = null;
        int bestAt = Integer.MIN_VALUE;
        for (Cluster c : people) {
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
    private void addTitlesAlone(String text, TokenView v, List<Cluster> people, boolean[] taken) {
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
            Cluster holder = holderOf(people, wanted, v.get(i).start());
            if (holder != null) {
                holder.mentions.add(span(text, v, i, end, conjunctionLetters(v, i)));
                mark(taken, i, end);
            }
            i = end;
        }
    }

    private static Cluster holderOf(List<Cluster> people, Set<String> wanted, int offset) {
        Cluster best = null;
        int bestAt = Integer.MIN_VALUE;
        for (Cluster c : people) {
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

    /** An organisation's head noun alone with the article ("اللجنة", "الوزارة") for the last one named. */
    private void addHeadNouns(String text, TokenView v, Map<String, Cluster> bodies, boolean[] taken) {
        for (int i = 0; i < v.size(); i++) {
            if (taken[i] || !v.isArabic(i) || v.isFunction(i)) continue;
            if (v.sameSentence(i, i + 1) && (v.isDefinite(i + 1) || v.isKnown(i + 1))) continue;
            if (v.sameSentence(i - 1, i) && v.isDefinite(i - 1)) continue;
            for (Clitics.Reading r : Clitics.readings(v.normal(i))) {
                if (!Clitics.hasArticle(r.word())) continue;
                String head = Clitics.withoutArticle(r.word());
                if (!lexicon.institutions().contains(head) && !lexicon.stateBodies().contains(head)) continue;
                Cluster c = lastBodyWithHead(bodies, head, v.get(i).start());
                if (c != null) {
                    c.mentions.add(span(text, v, i, i + 1, r.articleRestored() ? r.letters() - 1 : r.letters()));
                    taken[i] = true;
                }
                break;
            }
        }
    }

    private static Cluster lastBodyWithHead(Map<String, Cluster> bodies, String head, int offset) {
        Cluster best = null;
        int bestAt = -1;
        for (Cluster c : bodies.values()) {
            if (c.type != EntityType.ORGANIZATION || c.name.isEmpty()) continue;
            String first = ArabicNormalizer.normalize(c.name.split("\\s+")[0]);
            if (!Clitics.withoutArticle(first).equals(head)) continue;
            int at = c.lastMentionBefore(offset);
            if (at > bestAt) {
                best = c;
                bestAt = at;
            }
        }
        return best;
    }

    /** A title as written, without quotation marks and without a quoted alias of the name before it. */
    private String roleText(String text, TokenView v, int start, int end) {
        StringBuilder out = new StringBuilder();
        int i = start;
        while (i < end) {
            int quoted = v.shortQuoteEnd(i, 4);
            if (quoted > 0 && quoted <= end) {
                boolean alias = v.isKnown(i - 1) && v.isKnown(i + 1) && v.knownKey(i - 1).equals(v.knownKey(i + 1));
                if (!alias) for (int k = i + 1; k < quoted - 1; k++) append(out, v.get(k).text());
                i = quoted;
                continue;
            }
            if (!v.isQuoteMark(i)) append(out, v.get(i).text());
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

    static Span span(String text, TokenView v, int start, int end, int prefixLetters) {
        Token first = v.get(start);
        int from = first.start() + (prefixLetters > 0 ? Clitics.offsetAfterLetters(first.text(), prefixLetters) : 0);
        int to = v.get(end - 1).end();
        return new Span(from, to, first.sentence(), text.substring(from, to));
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) taken[i] = true;
    }
}
