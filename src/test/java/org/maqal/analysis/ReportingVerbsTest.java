package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maqal.text.ArabicNormalizer;

class ReportingVerbsTest {
    private final ReportingVerbs verbs = ReportingVerbs.standard();

    private ReportingVerbs.Use use(String written) {
        return verbs.match(ArabicNormalizer.normalize(written));
    }

    @Test
    void formsOfEveryTenseAndPersonAreFound() {
        assertThat(use("وأضاف").verb().lemma()).isEqualTo("أضاف");
        assertThat(use("وأضاف").prefixLetters()).isEqualTo(1);
        assertThat(use("قالت").agreement()).isEqualTo(ReportingVerbs.Agreement.FEMININE);
        assertThat(use("تعتقد").verb().lemma()).isEqualTo("اعتقد");
        assertThat(use("يؤكد").kind()).isEqualTo(ReportingVerbs.Kind.FINITE);
        assertThat(use("حذّر").verb().lemma()).isEqualTo("حذر");
    }

    @Test
    void participlesAreAdverbial() {
        assertThat(use("مشيراً").kind()).isEqualTo(ReportingVerbs.Kind.PARTICIPLE);
        assertThat(use("مؤكدة").agreement()).isEqualTo(ReportingVerbs.Agreement.FEMININE);
        assertThat(use("محذّرين").agreement()).isEqualTo(ReportingVerbs.Agreement.PLURAL);
        assertThat(use("معتبراً").verb().lemma()).isEqualTo("اعتبر");
    }

    @Test
    void whatAVerbTakesBeforeWhatIsReportedIsKnown() {
        assertThat(use("أشار").verb().governs()).contains("الي");
        assertThat(use("شدد").verb().nounAfter()).contains("علي");
        assertThat(use("نفى").verb().nounObject()).isTrue();
        assertThat(use("يذكر").impersonal()).isTrue();
        assertThat(use("ذكرت").impersonal()).isFalse();
    }

    @Test
    void otherWordsAreNotReportingVerbs() {
        assertThat(use("الحكومة")).isNull();
        assertThat(use("وبين")).as("بين is only a participle here").isNull();
        assertThat(use("مبيناً")).isNotNull();
    }
}
