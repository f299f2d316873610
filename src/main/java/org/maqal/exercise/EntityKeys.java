package org.maqal.exercise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maqal.analysis.Clitics;
import org.maqal.analysis.Gazetteer;
import org.maqal.analysis.Nationalities;
import org.maqal.analysis.WordList;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Span;
import org.maqal.model.Token;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.WordMemo;

/**
 * Tells when entities of different articles are the same person, place or body: through the names of
 * Maqal's gazetteer ("الناتو" and "حلف شمال الأطلسي" are one), otherwise through the normalised
 * name. Also finds whether an article names an entity at all, under any of its names, so that "article
 * X leaves Y out" is only said when it is true. Immutable and thread-safe.
 */
public final class EntityKeys {
    private static final EntityKeys STANDARD = new EntityKeys(Gazetteer.standard());
    private static final int SURNAME_LETTERS = 4;

    private final Map<String, Gazetteer.Entry> byName = new HashMap<>();
    /** An entity's gazetteer entry, by its type, name and mentions as written. */
    private final WordMemo<Optional<Gazetteer.Entry>> entries = WordMemo.of(this::lookUp);
    private final Nationalities nationalities = new Nationalities(WordList.load("nationalities.txt"));

    private EntityKeys(Gazetteer gazetteer) {
        for (Gazetteer.Entry e : gazetteer.entries()) {
            for (String name : e.names()) byName.putIfAbsent(normal(name), e);
        }
    }

    /** Keys from Maqal's gazetteer. */
    public static EntityKeys standard() {
        return STANDARD;
    }

    /** The same key for the same entity in any article: "g:12" for a gazetteer entry, else type and name. */
    public String key(Entity entity) {
        Gazetteer.Entry entry = entry(entity);
        if (entry != null) return "g:" + entry.id();
        return entity.type().name() + ":" + stripArticle(normal(entity.name()));
    }

    /** The name to show: the gazetteer's preferred name, or the fullest name the article uses. */
    public String displayName(Entity entity) {
        Gazetteer.Entry entry = entry(entity);
        return entry == null ? entity.name() : entry.names().get(0).replace("~", "");
    }

    /**
     * Whether an article names the entity anywhere, under any name it is known by (its gazetteer names,
     * weak ones included, or its own names and, for a person, the surname).
     */
    public boolean mentionedIn(Entity entity, ArticleAnalysis article) {
        String key = key(entity);
        for (Entity e : article.entities()) {
            if (key(e).equals(key)) return true;
        }
        return namedIn(entity, article);
    }

    /** Whether one of the entity's names (see {@link #mentionedIn}) occurs in the article's text. */
    public boolean namedIn(Entity entity, ArticleAnalysis article) {
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String n : searchNames(entity)) {
            String[] words = n.split(" ");
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        List<Token> tokens = article.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (Clitics.Reading r : Clitics.readings(tokens.get(i).normal())) {
                for (String[] name : byFirst.getOrDefault(r.word(), List.of())) {
                    if (ownNameAt(tokens, i, name)) return true;
                }
            }
        }
        return false;
    }

    /** Whether the rest of a name follows token {@code i} in its sentence, and no nationality after it makes it another body. */
    private boolean ownNameAt(List<Token> tokens, int i, String[] name) {
        int sentence = tokens.get(i).sentence();
        for (int k = 1; k < name.length; k++) {
            if (i + k >= tokens.size() || tokens.get(i + k).sentence() != sentence || !tokens.get(i + k).normal().equals(name[k])) {
                return false;
            }
        }
        int next = i + name.length;
        return next >= tokens.size() || tokens.get(next).sentence() != sentence || !nationalities.contains(tokens.get(next).normal());
    }

    /**
     * Whether an article may refer to the entity in a form no name list holds: the words of its name,
     * loosely matched ("تحالفا دوليا" for "التحالف الدولي"), in order with at most one word between.
     * Used to be sure before saying an article never mentions something.
     */
    public boolean mayMention(Entity entity, ArticleAnalysis article) {
        if (mentionedIn(entity, article)) return true;
        List<String> name = new ArrayList<>();
        for (String w : normal(entity.name()).split(" ")) {
            if (w.length() > 2) name.add(WordKeys.key(w));
        }
        if (name.isEmpty()) return false;
        String[] words = normal(entity.name()).split(" ");
        String surname = words[words.length - 1];
        boolean person = entity.type() == EntityType.PERSON && surname.length() >= SURNAME_LETTERS;
        for (Token t : article.tokens()) {
            if (person && nearlySame(t.normal(), surname)) return true;
        }
        for (int s = 0; s < article.sentences().size(); s++) {
            List<String> keys = WordKeys.sentenceTokens(article, s).stream().map(WordKeys::key).toList();
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).equals(name.get(0)) && restFollows(keys, i + 1, name.subList(1, name.size()))) return true;
            }
        }
        return false;
    }

    /** Spelling variants of a foreign name: "ستولتنبرغ" and "ستولتنبيرغ" (one or two letters apart). */
    private static boolean nearlySame(String word, String name) {
        int allowed = name.length() >= 6 ? 2 : 1;
        if (Math.abs(word.length() - name.length()) > allowed) return false;
        int[] previous = new int[name.length() + 1];
        int[] current = new int[name.length() + 1];
        for (int j = 0; j <= name.length(); j++) previous[j] = j;
        for (int i = 1; i <= word.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= name.length(); j++) {
                int cost = word.charAt(i - 1) == name.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[name.length()] <= allowed;
    }

    private static boolean restFollows(List<String> keys, int from, List<String> rest) {
        int at = from;
        for (String k : rest) {
            int found = -1;
            for (int j = at; j < Math.min(keys.size(), at + 2); j++) {
                if (keys.get(j).equals(k)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) return false;
            at = found + 1;
        }
        return true;
    }

    /**
     * Whether normalised words hold a name (normalised words), its first word possibly with و ف ب ل ك
     * attached ("للحلف" holds "الحلف").
     */
    public static boolean containsName(List<String> words, String[] name) {
        for (int i = 0; i + name.length <= words.size(); i++) {
            if (matchesAt(words, i, name)) return true;
        }
        return false;
    }

    /**
     * A mention as written, with attached و ف ب ل ك taken off where the article follows them ("للحلف"
     * is "الحلف", "وبالعراق" is "العراق"), for display; a name without the article is left whole.
     */
    public static String bareForm(String written) {
        String w = written.strip();
        String first = normal(w).split(" ")[0];
        Clitics.Reading best = null;
        for (Clitics.Reading r : Clitics.readings(first)) {
            if (r.letters() > 0 && Clitics.hasArticle(r.word()) && (best == null || r.letters() > best.letters())) best = r;
        }
        if (best == null) return w;
        String cut = w.substring(Clitics.offsetAfterLetters(w, best.letters()));
        return best.articleRestored() ? "ال" + cut.substring(1) : cut;
    }

    /**
     * The names to look for: the gazetteer's names (weak ones too, to be safe in saying an article
     * leaves something out), the entity's own name, and a person's surname. Not every mention form: a
     * person's title ("الأمين العام") may name someone else elsewhere.
     */
    private Set<String> searchNames(Entity entity) {
        Set<String> names = new LinkedHashSet<>();
        Gazetteer.Entry entry = entry(entity);
        if (entry != null) {
            for (String n : entry.names()) names.add(normal(n));
        }
        names.add(normal(entity.name()));
        if (entity.type() == EntityType.PERSON) {
            String[] words = normal(entity.name()).split(" ");
            String surname = words[words.length - 1];
            if (words.length > 1 && surname.length() >= SURNAME_LETTERS) names.add(surname);
        }
        names.removeIf(String::isBlank);
        return names;
    }

    private static boolean matchesAt(List<String> words, int i, String[] name) {
        boolean first = false;
        for (Clitics.Reading r : Clitics.readings(words.get(i))) {
            if (r.word().equals(name[0])) first = true;
        }
        if (!first) return false;
        for (int k = 1; k < name.length; k++) {
            if (!words.get(i + k).equals(name[k])) return false;
        }
        return true;
    }

    private Gazetteer.Entry entry(Entity entity) {
        StringBuilder memoKey = new StringBuilder(entity.type().name()).append('\u0001').append(entity.name());
        for (Span m : entity.mentions()) memoKey.append('\u0001').append(m.text());
        return entries.get(memoKey.toString()).orElse(null);
    }

    private Optional<Gazetteer.Entry> lookUp(String memoKey) {
        String[] parts = memoKey.split("\u0001", -1);
        EntityType type = EntityType.valueOf(parts[0]);
        Gazetteer.Entry e = byName.get(normal(parts[1]));
        if (e != null && e.type() == type) return Optional.of(e);
        for (int i = 2; i < parts.length; i++) {
            e = byName.get(normal(bareForm(parts[i])));
            if (e != null && e.type() == type && !weakOnly(e, parts[i])) return Optional.of(e);
        }
        return Optional.empty();
    }

    private static boolean weakOnly(Gazetteer.Entry e, String mention) {
        String n = normal(bareForm(mention));
        for (String name : e.names()) {
            if (name.startsWith("~") && normal(name).equals(n)) return true;
        }
        return false;
    }

    private static String normal(String text) {
        return ArabicNormalizer.normalize(text.replace("~", "").replace("\"", "").replace("«", "").replace("»", ""))
                .strip().replace('\n', ' ').replace('\t', ' ').replace("  ", " ");
    }

    private static String stripArticle(String normal) {
        StringBuilder out = new StringBuilder();
        for (String w : normal.split(" ")) {
            if (out.length() > 0) out.append(' ');
            out.append(Clitics.withoutArticle(w));
        }
        return out.toString();
    }
}
