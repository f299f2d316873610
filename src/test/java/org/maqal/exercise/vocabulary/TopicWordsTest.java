package org.maqal.exercise.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maqal.exercise.AnalysedCorpora.report;
import static org.maqal.exercise.AnalysedCorpora.seeds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.ArticleReport;
import org.maqal.text.ArabicNormalizer;

/** The topic words a teacher sees in the comparison's coverage table, on the seed articles. */
class TopicWordsTest {
    private static final List<TopicWords.Topic> ALL = TopicWords.of(seeds().reports(), 15);

    private static List<String> words(List<TopicWords.Topic> topics) {
        return topics.stream().map(t -> ArabicNormalizer.normalize(t.headword())).toList();
    }

    @Test
    void theStoryOfTheFiveArticlesIsItsTopics() {
        assertThat(words(ALL)).contains("قوات", "التدريب", "انسحاب", "اتفاق").containsAnyOf("مهمه", "بعثه");
        assertThat(ALL.get(0).articles()).as("the most shared first").isEqualTo(5);
        assertThat(ALL).extracting(TopicWords.Topic::articles).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(ALL).allSatisfy(t -> assertThat(t.counts()).hasSize(5));
    }

    @Test
    void noReportingVerbFunctionWordNumberTimeWordOrTitleIsATopic() {
        WordRules rules = new WordRules();
        assertThat(ALL).allSatisfy(t -> assertThat(rules.usable(t.headword())).as(t.headword()).isTrue());
        assertThat(words(ALL)).doesNotContainAnyElementsOf(List.of("قال", "وقال", "اكد", "واضاف", "اضاف", "عام", "العام",
                "الماضي", "الاشهر", "نهاية", "الامين", "قائد", "بشكل", "اطار", "البلاد"));
    }

    @Test
    void twoArticlesShowWhatTheyShareAndWhatIsKeyToOne() {
        ArticleReport olsen = report(seeds(), "001");
        ArticleReport ministers = report(seeds(), "004");
        List<TopicWords.Topic> topics = TopicWords.of(List.of(olsen, ministers), 15);

        TopicWords.Topic combat = topics.stream().filter(t -> t.headword().equals("قتالية")).findFirst().orElseThrow();
        assertThat(combat.counts()).allSatisfy(c -> assertThat(c).isPositive());
        assertThat(topics).as("each is shared, or written often in one article")
                .allSatisfy(t -> assertThat(t.articles() == 2 || t.counts().stream().anyMatch(c -> c >= TopicWords.KEY_COUNT)).isTrue());
        assertThat(topics).anyMatch(t -> t.articles() == 1);
    }

    @Test
    void noArticleIsRefused() {
        assertThatThrownBy(() -> TopicWords.of(List.of(), 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
