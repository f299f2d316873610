package org.maqal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.Sentence;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("corpus"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
            return Files.readString(file);
        }
    }

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void decimalsDoNotEndASentence() throws IOException {
        List<String> sentences = texts(seed("000"));
        assertThat(sentences).anySatisfy(s -> assertThat(s).contains("17.7 مليون يورو").endsWith("بهيئات تابعة للحلف."));
        assertThat(sentences).noneMatch(s -> s.startsWith("7 مليون"));
    }

    @Test
    void aQuotationEndingInAFullStopClosesItsSentence() throws IOException {
        List<String> sentences = texts(seed("000"));
        assertThat(sentences).contains("واضاف البيان \"لم يتسن الاتفاق على تمديد هذا البرنامج الناجح رغم المفاوضات الشاقة التي أجريت على مدى عدة أسابيع.\"");
        assertThat(sentences.get(0)).startsWith("قال حلف شمال الاطلسي الاثنين").endsWith("من هناك.");
        assertThat(sentences).hasSize(13);
    }

    @Test
    void fullStopCommaBetweenSentencesIsOneBoundary() throws IOException {
        List<String> sentences = texts(seed("004"));
        assertThat(sentences.get(0)).isEqualTo("الناتو يعزز مهمته بالعراق.. \"الوضع الأمني يبقى مثيراً للقلق\"");
        assertThat(sentences.get(1)).startsWith("حلفاء الولايات المتحدة").endsWith("ومن أفغانستان.");
        assertThat(sentences.get(2)).startsWith("وقال الأمين العام للحلف ينس ستولتنبرغ").endsWith("القوات العراقية\".");
        assertThat(sentences).noneMatch(s -> s.startsWith(",") || s.endsWith(","));
        assertThat(sentences).anyMatch(s -> s.startsWith("وأضاف ستولتنبرغ \"لا يمكنني القول حالياً كم سيكون العدد. سينطلق التخطيط"));
    }

    @Test
    void headlinesAndStandaloneLinesAreSentencesOfTheirOwn() throws IOException {
        List<Sentence> sentences = splitter.split(seed("001"));
        assertThat(sentences.get(0).text()).isEqualTo("الناتو ينفي نيته تعويض التواجد الأميركي في العراق");
        assertThat(sentences.get(0).headline()).isTrue();
        assertThat(sentences.get(1).headline()).isFalse();
        assertThat(sentences.get(2).text()).isEqualTo("الناتو يشدد على ان مهمته غير قتالية في العراق");
    }

    @Test
    void initialsAndQuestionMarksAndSemicolons() {
        assertThat(texts("هل انتهت المهمة؟ قال د. أحمد إنها لم تنته. م.ال"))
                .containsExactly("هل انتهت المهمة؟", "قال د. أحمد إنها لم تنته.", "م.ال");
        assertThat(texts("أعلن الحلف إنهاء مهمته في العراق؛ وقال الأمين العام إن التعاون سيستمر."))
                .hasSize(2);
        assertThat(texts("الحلف؛ والعراق.")).hasSize(1);
    }

    @Test
    void offsetsPointIntoTheText() throws IOException {
        String text = seed("003");
        for (Sentence s : splitter.split(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}
