package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.EntityType;
import org.maqal.text.TextPipeline;

class GazetteerTest {
    private final TextPipeline pipeline = TextPipeline.standard();
    private final Gazetteer gazetteer = Gazetteer.of(EntityType.ORGANIZATION,
            List.of("حلف شمال الأطلسي | الناتو | ~الحلف", "الأمم المتحدة"));

    private List<String> found(String text) {
        var t = pipeline.process(text);
        return gazetteer.find(t.tokens()).stream()
                .map(m -> m.entry().names().get(0) + ":" + t.tokens().get(m.start()).text()).toList();
    }

    @Test
    void namesAreFoundWithAttachedPrefixesAndWithoutHamza() {
        assertThat(found("قال الامين العام لحلف شمال الاطلسي وبالأمم المتحدة")).containsExactly(
                "حلف شمال الأطلسي:لحلف", "الأمم المتحدة:وبالأمم");
    }

    @Test
    void aWeakNameCountsOnlyBesideAStrongOne() {
        assertThat(found("قرر الحلف إرسال قوات.")).isEmpty();
        assertThat(found("قرر الحلف إرسال قوات. وقال الناتو إن…")).containsExactly(
                "حلف شمال الأطلسي:الحلف", "حلف شمال الأطلسي:الناتو");
    }

    @Test
    void aNameDoesNotCrossASentence() {
        assertThat(found("وصل حلف.\nشمال الأطلسي")).isEmpty();
    }

    @Test
    void theStandardListsKnowTheCorpusBodiesAndPlaces() {
        Gazetteer standard = Gazetteer.standard();
        var t = pipeline.process("اجتمع حلف الناتو في بروكسل مع لجنة الأمن والدفاع النيابية ومنطقة الساحل وتنظيم داعش الخراساني");
        assertThat(standard.find(t.tokens())).extracting(m -> m.entry().names().get(0)).containsExactly(
                "حلف شمال الأطلسي", "بروكسل", "لجنة الأمن والدفاع النيابية", "منطقة الساحل", "تنظيم داعش الخراساني");
    }
}
