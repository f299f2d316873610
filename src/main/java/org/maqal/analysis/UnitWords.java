package org.maqal.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maqal.model.Unit;
import org.maqal.text.ArabicNormalizer;

/**
 * The words that say what a number counts or measures, in the forms they take after a number:
 * singular (جندي، شخص), accusative (جنديا، شهرا), sound and broken plurals (موظفين، أفراد، جنود،
 * سنوات) and dual (يومين، عامين, which stand alone for two). Persons are {@link Unit#PEOPLE},
 * soldiers and fighters {@link Unit#SOLDIERS}; يورو is {@link Unit#EURO}, دولار {@link Unit#DOLLAR}
 * and other currencies (دينار، ريال، درهم، جنيه…) {@link Unit#MONEY}; durations are
 * {@link Unit#YEARS}, {@link Unit#MONTHS}, {@link Unit#WEEKS}, {@link Unit#DAYS}, {@link Unit#HOURS};
 * a percentage is written {@code %}, {@code ٪}, بالمئة / بالمائة or في المئة / في المائة.
 * Words are looked up in their normal form ({@link ArabicNormalizer}). Immutable; thread-safe.
 */
public final class UnitWords {
    private static final String[] PEOPLE = {
        "شخص", "فرد", "عنصر", "مدرب", "شرطي", "موظف", "مواطن", "نسمة", "طالب", "تلميذ", "معلم", "مدرس",
        "عامل", "لاعب", "ناخب", "مرشح", "مريض", "مصاب", "قتيل", "جريح", "لاجئ", "نازح", "مهاجر", "زائر",
        "سائح", "مشارك", "متطوع", "مستشار", "خبير", "طبيب", "ممرض", "مراقب", "مدني", "طفل", "رجل", "متفرج",
        "مشجع", "راكب", "مسافر", "فلاح", "مزارع", "سجين", "معتقل", "أسير", "رهينة", "مستخدم", "مشترك", "عضو",
        "نائب", "دبلوماسي", "مسؤول", "باحث", "صحفي", "مهندس", "موظفة", "امرأة", "شاب", "مقيم", "مستفيد",
        "متظاهر", "محتج", "ضحية", "حاج", "معلمة", "خريج", "متدرب", "مستشارة", "مرافق", "إداري", "فني",
        "مندوب", "مشاهد", "ممثل", "مستمع", "قارئ", "تاجر", "صياد", "حارس", "مغترب", "مستوطن", "ناشط", "صحافي",
        "إعلامي", "أكاديمي", "أستاذ", "رياضي", "طيار", "بحار", "مقاول", "موفد", "عداد", "منتسب", "متقاعد",
        "نزيل", "مصل", "مهندسة", "مستهلك", "مودع", "مساهم", "مستثمر",
    };
    private static final String[] PEOPLE_PLURALS = {
        "أشخاص", "أفراد", "عناصر", "طلاب", "طلبة", "تلاميذ", "عمال", "مرضى", "قتلى", "جرحى", "ضحايا", "زوار",
        "سياح", "أطفال", "نساء", "رجال", "سجناء", "أسرى", "رهائن", "أعضاء", "نواب", "مسؤولين", "خبراء",
        "أطباء", "شباب", "حجاج", "فنيين", "مدنيين", "مدنيون", "شرطيين", "أناس", "نسمة", "سكان", "أساتذة",
        "تجار", "حراس", "صيادين", "مندوبين", "ممثلين", "علماء", "زملاء", "عملاء", "وكلاء", "أشخاصا",
    };
    private static final String[] SOLDIERS = {"جندي", "مقاتل", "عسكري", "ضابط", "مسلح", "مجند", "جنديا"};
    private static final String[] SOLDIER_PLURALS = {"جنود", "عسكريين", "عسكريون", "ضباط"};

    /** Forms a person noun would take that are more often another noun: مدرسة is a school. */
    private static final java.util.Set<String> OTHER_NOUNS = java.util.Set.of(ArabicNormalizer.normalize("مدرسة"),
            ArabicNormalizer.normalize("مدرسات"), ArabicNormalizer.normalize("عاملات"));

    private final Map<String, Unit> nouns;
    private final Map<String, Unit> duals;

    private UnitWords(Map<String, Unit> nouns, Map<String, Unit> duals) {
        this.nouns = Map.copyOf(nouns);
        this.duals = Map.copyOf(duals);
    }

    /** Maqal's unit words. */
    public static UnitWords standard() {
        Map<String, Unit> nouns = new HashMap<>();
        Map<String, Unit> duals = new HashMap<>();
        for (String w : PEOPLE) inflected(nouns, w, Unit.PEOPLE);
        for (String w : PEOPLE_PLURALS) nouns.put(ArabicNormalizer.normalize(w), Unit.PEOPLE);
        for (String w : SOLDIERS) inflected(nouns, w, Unit.SOLDIERS);
        for (String w : SOLDIER_PLURALS) nouns.put(ArabicNormalizer.normalize(w), Unit.SOLDIERS);
        put(nouns, Unit.EURO, "يورو");
        put(nouns, Unit.DOLLAR, "دولار دولارا دولارات دولارين");
        put(nouns, Unit.MONEY, "دينار دينارا دنانير ريال ريالا ريالات درهم درهما دراهم جنيه جنيها جنيهات ليرة ليرات"
                + " روبل روبلا يوان فرنك فرنكا شيكل شيكلا تومان روبية روبيات");
        put(nouns, Unit.YEARS, "سنة سنوات سنين عام عاما أعوام");
        put(nouns, Unit.MONTHS, "شهر شهرا أشهر شهور");
        put(nouns, Unit.WEEKS, "أسبوع أسبوعا أسابيع");
        put(nouns, Unit.DAYS, "يوم يوما أيام");
        put(nouns, Unit.HOURS, "ساعة ساعات");
        put(nouns, Unit.PERCENT, "% ٪ بالمئة بالمائة بالمية");
        put(duals, Unit.YEARS, "سنتين سنتان عامين عامان");
        put(duals, Unit.MONTHS, "شهرين شهران");
        put(duals, Unit.WEEKS, "أسبوعين أسبوعان");
        put(duals, Unit.DAYS, "يومين يومان");
        put(duals, Unit.HOURS, "ساعتين ساعتان");
        return new UnitWords(nouns, duals);
    }

    private static void put(Map<String, Unit> map, Unit unit, String words) {
        for (String w : words.split(" ")) map.put(ArabicNormalizer.normalize(w), unit);
    }

    /** A singular noun with its accusative, sound plural and feminine forms. */
    private static void inflected(Map<String, Unit> map, String singular, Unit unit) {
        String w = ArabicNormalizer.normalize(singular);
        for (String suffix : new String[] {"", "ا", "ين", "ون", "ان", "ه", "ات", "تين"}) {
            if (!OTHER_NOUNS.contains(w + suffix)) map.putIfAbsent(w + suffix, unit);
        }
    }

    /**
     * A unit word found in the tokens.
     *
     * @param unit   what it names
     * @param length how many tokens it spans (two for "في المئة")
     */
    public record Found(Unit unit, int length) {
    }

    /** The unit named at token {@code k} of normalised tokens: a noun, a percent sign or phrase, or a currency sign. */
    public Optional<Found> at(List<String> tokens, int k) {
        if (k >= tokens.size()) return Optional.empty();
        String w = tokens.get(k);
        if (w.equals("في") && k + 1 < tokens.size() && isHundred(tokens.get(k + 1))) {
            return Optional.of(new Found(Unit.PERCENT, 2));
        }
        if (w.equals("$")) return Optional.of(new Found(Unit.DOLLAR, 1));
        if (w.equals("€")) return Optional.of(new Found(Unit.EURO, 1));
        return unitOf(w).map(u -> new Found(u, 1));
    }

    private static boolean isHundred(String w) {
        return w.equals("المئه") || w.equals("المائه") || w.equals("الميه");
    }

    /** The unit a normalised noun names, in any of its forms but the dual, or empty. */
    public Optional<Unit> unitOf(String normal) {
        return Optional.ofNullable(nouns.get(normal));
    }

    /** The duration a dual noun names on its own (يومين: two days), or empty. */
    public Optional<Unit> dualOf(String normal) {
        return Optional.ofNullable(duals.get(normal));
    }

    /** Whether a unit counts persons ({@link Unit#PEOPLE} or {@link Unit#SOLDIERS}). */
    public static boolean isHeadcount(Unit unit) {
        return unit == Unit.PEOPLE || unit == Unit.SOLDIERS;
    }

    /** Whether a unit is a length of time ({@link Unit#YEARS} … {@link Unit#HOURS}). */
    public static boolean isDuration(Unit unit) {
        return unit == Unit.YEARS || unit == Unit.MONTHS || unit == Unit.WEEKS || unit == Unit.DAYS || unit == Unit.HOURS;
    }
}
