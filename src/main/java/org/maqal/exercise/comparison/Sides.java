package org.maqal.exercise.comparison;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.maqal.analysis.Clitics;
import org.maqal.analysis.Gazetteer;
import org.maqal.analysis.Nationalities;
import org.maqal.analysis.WordList;
import org.maqal.exercise.EntityKeys;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Span;
import org.maqal.text.ArabicNormalizer;

/**
 * Whom a voice speaks for, read from its name and role: a body the role names ("قائد بعثة حلف شمال
 * الأطلسي" speaks for NATO), a nationality ("السفيرة الأمريكية" for the United States), a capital
 * standing for its government ("أعلنت بغداد"), or, for a national body that names no country
 * ("لجنة الأمن والدفاع النيابية"), the country the article is about. Immutable and thread-safe.
 */
final class Sides {
    private static final Map<String, String> CAPITALS = capitals();
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");
    private static final List<String> DOMESTIC = List.of("نياب", "برلمان", "حكوم", "وزار", "الوزراء", "النواب");
    private static final Set<String> RELATIONAL = Set.of("حلفاء", "شركاء", "خصوم", "معارضو", "منتقدو", "انصار");

    private final Map<String, String> countryByAdjective = new HashMap<>();
    private final Map<String, String> countryByName = new HashMap<>();
    private final Nationalities nationalities = new Nationalities(WordList.load("nationalities.txt"));
    private final EntityKeys keys;

    Sides(EntityKeys keys) {
        this.keys = keys;
        for (Gazetteer.Entry e : Gazetteer.standard().entries()) {
            if (e.type() != EntityType.PLACE) continue;
            String preferred = e.names().get(0);
            for (String name : e.names()) {
                countryByName.putIfAbsent(ArabicNormalizer.normalize(name), preferred);
                if (!name.contains(" ")) countryByAdjective.putIfAbsent(adjectiveOf(name), preferred);
            }
        }
    }

    /** Whether a place can stand for those who speak: a country, or a capital for its government ("بغداد"). */
    boolean speaksFor(String place) {
        String n = ArabicNormalizer.normalize(place);
        return CAPITALS.containsKey(n) || nationalities.contains(adjectiveOf(place));
    }

    /**
     * The side a voice speaks for, or empty when the article does not say. A person is read from the
     * role alone: a name such as "السوداني" is not a nationality.
     */
    String of(ArticleAnalysis article, String speaker, String role, VoiceKind kind) {
        boolean person = kind == VoiceKind.OFFICIAL || kind == VoiceKind.PERSON;
        List<String> words = words(person ? role : role + " " + speaker);
        String side = fromBody(article, words);
        if (side == null) side = fromNationality(words);
        if (side == null && !RELATIONAL.contains(words.isEmpty() ? "" : Clitics.withoutArticle(words.get(0)))) side = fromPlace(article, words);
        if (side == null && domestic(words)) side = home(article);
        return side == null ? "" : side;
    }

    private String fromBody(ArticleAnalysis article, List<String> words) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Entity e : article.entities()) {
            if (e.type() != EntityType.ORGANIZATION) continue;
            for (Span m : e.mentions()) {
                String[] name = ArabicNormalizer.normalize(EntityKeys.bareForm(m.text())).replace("\"", "").split("\\s+");
                int at = indexOf(words, name);
                if (at >= 0 && at < bestAt) {
                    bestAt = at;
                    int after = at + name.length;
                    String country = after < words.size() ? fromNationality(words.subList(after, after + 1)) : null;
                    best = country != null ? country : sideOfBody(article, e);
                }
            }
        }
        return best;
    }

    private String sideOfBody(ArticleAnalysis article, Entity body) {
        List<String> words = words(keys.displayName(body) + " " + body.name());
        String country = fromNationality(words);
        if (country != null) return country;
        if (domestic(words)) {
            String home = home(article);
            if (home != null) return home;
        }
        return keys.displayName(body);
    }

    private String fromNationality(List<String> words) {
        for (String w : words) {
            if (!nationalities.contains(w)) continue;
            for (Clitics.Reading r : Clitics.readings(w)) {
                String country = countryByAdjective.get(base(Clitics.withoutArticle(r.word())));
                if (country != null) return country;
            }
        }
        return null;
    }

    private String fromPlace(ArticleAnalysis article, List<String> words) {
        for (String w : words) {
            for (Clitics.Reading r : Clitics.readings(w)) {
                String capitalOf = CAPITALS.get(r.word());
                if (capitalOf != null) return countryByName.getOrDefault(ArabicNormalizer.normalize(capitalOf), capitalOf);
            }
        }
        for (Entity e : article.entities()) {
            if (e.type() == EntityType.PLACE && indexOf(words, ArabicNormalizer.normalize(e.name()).split("\\s+")) >= 0) {
                return keys.displayName(e);
            }
        }
        return null;
    }

    /** The country the article is most about: its most mentioned place that has a nationality. */
    private String home(ArticleAnalysis article) {
        Entity best = null;
        for (Entity e : article.entities()) {
            if (e.type() != EntityType.PLACE || e.name().contains(" ")) continue;
            if (!nationalities.contains(adjectiveOf(e.name()))) continue;
            if (best == null || e.mentions().size() > best.mentions().size()) best = e;
        }
        return best == null ? null : keys.displayName(best);
    }

    private static boolean domestic(List<String> words) {
        for (String w : words) {
            for (String marker : DOMESTIC) {
                if (w.contains(marker)) return true;
            }
        }
        return false;
    }

    private static int indexOf(List<String> words, String[] name) {
        for (int i = 0; i + name.length <= words.size(); i++) {
            if (EntityKeys.containsName(words.subList(i, i + name.length), name)) return i;
        }
        return -1;
    }

    /** "العراق" → "عراقي", "ألمانيا" → "الماني", "فرنسا" → "فرنسي", "السعودية" → "سعودي", "أمريكا" → "امريكي". */
    private static String adjectiveOf(String placeName) {
        String written = placeName.strip();
        String n = ArabicNormalizer.normalize(written.startsWith("ال") ? written.substring(2) : written);
        if (n.endsWith("يه") || n.endsWith("يا")) return n.substring(0, n.length() - 1);
        if (n.endsWith("ا") || n.endsWith("ه")) n = n.substring(0, n.length() - 1);
        return n + "ي";
    }

    /** The masculine singular of a nationality adjective: "عراقيه" → "عراقي", "عراقيين" → "عراقي". */
    private static String base(String adjective) {
        if (adjective.endsWith("يه")) return adjective.substring(0, adjective.length() - 1);
        if (adjective.endsWith("يين") || adjective.endsWith("يون") || adjective.endsWith("يات")) {
            return adjective.substring(0, adjective.length() - 2);
        }
        return adjective;
    }

    private static List<String> words(String text) {
        String n = PUNCTUATION.matcher(ArabicNormalizer.normalize(text)).replaceAll(" ").strip();
        return n.isEmpty() ? List.of() : Arrays.asList(n.split("\\s+"));
    }

    private static Map<String, String> capitals() {
        Map<String, String> m = new HashMap<>();
        String[][] pairs = {{"بغداد", "العراق"}, {"واشنطن", "الولايات المتحدة"}, {"طهران", "إيران"}, {"دمشق", "سوريا"},
                {"أنقرة", "تركيا"}, {"بيروت", "لبنان"}, {"القاهرة", "مصر"}, {"الرياض", "السعودية"}, {"لندن", "بريطانيا"},
                {"باريس", "فرنسا"}, {"برلين", "ألمانيا"}, {"موسكو", "روسيا"}, {"بكين", "الصين"}, {"كابول", "أفغانستان"},
                {"الدوحة", "قطر"}, {"أربيل", "إقليم كردستان"}, {"تل أبيب", "إسرائيل"}, {"الكويت", "الكويت"}};
        for (String[] p : pairs) m.put(ArabicNormalizer.normalize(p[0]), p[1]);
        return Map.copyOf(m);
    }
}
