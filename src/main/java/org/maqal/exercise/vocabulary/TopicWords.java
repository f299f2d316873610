package org.maqal.exercise.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maqal.analysis.WordList;
import org.maqal.exercise.ArticleTokens;
import org.maqal.exercise.SkipNotes;
import org.maqal.model.ArticleReport;
import org.maqal.model.VocabularyItem;
import org.maqal.text.ArabicNormalizer;

/**
 * The topic words of two or more articles, for a coverage table: the words a teacher would name as
 * what the articles are about (بعثة، التدريب، قتالية، الانسحاب), not the words every news text uses.
 * <p>
 * A topic word is a word of the articles' vocabulary, merged by stem as the vocabulary exercises
 * merge it and counted outside names, that the vocabulary rules allow (no function word, reporting
 * verb, number word or nationality), that is no time word (العام، الماضي، الأشهر), no title
 * (الأمين، قائد: they belong to the people) and no word any news report uses (البلاد، الوضع، جديد),
 * and that is either topic vocabulary of the corpus used by
 * two or more of these articles, or key to one of them (log-likelihood keyness of at least
 * {@value #KEY}, p &lt; 0.05, and written there {@value #KEY_COUNT} times or more). Stateless and
 * thread-safe.
 */
public final class TopicWords {
    /** Keyness (G²) above which a word is particular to an article at p &lt; 0.05. */
    static final double KEY = 3.84;
    static final int KEY_COUNT = 3;
    private static final WordList TIME = WordList.load("time-words.txt");
    private static final WordList TITLES = WordList.load("titles.txt");
    private static final WordList MORE_TIME = WordList.of("اشهر", "شهور", "سنوات", "سنين", "اعوام", "ايام", "اسابيع", "عقد", "مرة");
    /** Words any news report uses, whatever it is about. */
    private static final WordList GENERAL = WordList.of("بلاد", "بلد", "دولة", "دول", "منطقة", "وضع", "عمل", "جديد", "جديدة",
            "كامل", "كاملة", "بالكامل", "بقدر", "رئيسي", "رئيسية", "رئيسيين", "شكل", "مستوى", "جانب", "طرف", "اطراف", "امر",
            "قضية", "مسالة", "خلال", "عدد", "جميع", "كافة", "مختلف", "عديد", "كبير", "كبيرة");

    /**
     * A topic word and how often each article writes it.
     *
     * @param headword the word as a learner looks it up
     * @param counts   its occurrences outside names, one count per article in the order given
     */
    public record Topic(String headword, List<Integer> counts) {
        /** In how many of the articles it occurs. */
        public long articles() {
            return counts.stream().filter(c -> c > 0).count();
        }

        public int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    private TopicWords() {
    }

    /**
     * The topic words of these articles, those used by most of them first, then the most frequent; at
     * most {@code max}.
     *
     * @throws IllegalArgumentException when no article is given or {@code max} is negative
     */
    public static List<Topic> of(List<ArticleReport> reports, int max) {
        if (reports.isEmpty()) throw new IllegalArgumentException("topic words need at least one article");
        if (max < 0) throw new IllegalArgumentException("the number of topic words cannot be negative");
        List<ArticleTokens> articles = reports.stream().map(ArticleTokens::of).toList();
        Map<String, Double> keyness = new HashMap<>();
        for (ArticleReport r : reports) {
            for (VocabularyItem v : r.vocabulary()) keyness.merge(v.stem(), v.keyness(), Math::max);
        }
        List<Topic> topics = new ArrayList<>();
        for (LessonWord w : new LessonWords(new WordRules()).gather(articles, new SkipNotes())) {
            if (excluded(w.headword())) continue;
            List<Integer> counts = new ArrayList<>();
            for (ArticleTokens a : articles) {
                counts.add((int) w.occurrences().stream().filter(o -> o.article() == a).count());
            }
            Topic topic = new Topic(w.headword(), counts);
            boolean shared = w.topic() && topic.articles() >= 2;
            boolean key = keyness.getOrDefault(w.key(), 0.0) >= KEY && counts.stream().anyMatch(c -> c >= KEY_COUNT);
            if (shared || key) topics.add(topic);
        }
        return topics.stream()
                .sorted(Comparator.comparingLong(Topic::articles).reversed().thenComparing(Comparator.comparingInt(Topic::total).reversed()))
                .limit(max).toList();
    }

    private static boolean excluded(String headword) {
        String normal = ArabicNormalizer.normalize(headword);
        return TIME.containsBare(normal) || TIME.contains("ال" + normal) || MORE_TIME.containsBare(normal)
                || TITLES.containsBare(normal) || GENERAL.containsBare(normal);
    }
}
