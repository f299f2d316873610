package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maqal.model.Basis;
import org.maqal.model.MetaField;
import org.maqal.testing.Seeds;

class TitlesTest {
    @Test
    void aHeadlineLineIsTheStatedTitle() {
        MetaField title = Titles.of(Seeds.article("001").text());
        assertThat(title).isEqualTo(MetaField.stated("الناتو ينفي نيته تعويض التواجد الأميركي في العراق"));
    }

    @Test
    void aTranslatorsCreditIsNotAHeadline() {
        MetaField title = Titles.of(Seeds.article("003").text());
        assertThat(title.basis()).isEqualTo(Basis.SUPPLIED);
        assertThat(title.value()).startsWith("خلال الاجتماع الوزاري لوزراء دفاع").endsWith("…");
    }

    @Test
    void aLeadWithoutHeadlineGivesASuppliedTitleFromItsOpeningWords() {
        MetaField title = Titles.of(Seeds.article("000").text());
        assertThat(title.basis()).isEqualTo(Basis.SUPPLIED);
        assertThat(title.value()).isEqualTo("قال حلف شمال الاطلسي الاثنين انه سينهي مهمته…");
    }
}
