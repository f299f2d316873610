package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationFinderTest {
    private final QuotationFinder finder = new QuotationFinder();

    private List<String> quoted(String text) {
        return finder.find(text).stream().map(q -> q.content(text)).toList();
    }

    @Test
    void theThreeKindsOfMarksAreFound() {
        assertThat(quoted("قال \"أ ب\" ثم «ج د» ثم “هـ و”.")).containsExactly("أ ب", "ج د", "هـ و");
    }

    @Test
    void aQuotationRunsOverAFullStop() {
        assertThat(quoted("وأضاف \"لا يمكنني القول. سينطلق التخطيط\".")).containsExactly("لا يمكنني القول. سينطلق التخطيط");
    }

    @Test
    void anUnclosedQuotationRunsToTheEndOfItsLine() {
        String text = "وقالت الخارجية في بيان \" ان الجانبان بحثا التعاون.\nو وجه ستولتنبرغ الدعوة";
        List<QuotationFinder.Quotation> found = finder.find(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).closed()).isFalse();
        assertThat(found.get(0).content(text)).isEqualTo("ان الجانبان بحثا التعاون.");
    }

    @Test
    void straightQuotesInsideGuillemetsBelongToTheOuterPair() {
        assertThat(quoted("قال «زار \"الناتو\" بغداد»")).containsExactly("زار \"الناتو\" بغداد");
    }
}
