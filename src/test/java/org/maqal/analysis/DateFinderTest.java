package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.Figure;
import org.maqal.model.Unit;
import org.maqal.text.TextPipeline;

class DateFinderTest {
    private static final TextPipeline PIPELINE = TextPipeline.standard();
    private final DateFinder dates = DateFinder.standard();

    private List<Figure> find(String text) {
        return dates.find(PIPELINE.process(text));
    }

    @Test
    void dayAndMonthWithoutAYearIsMmdd() {
        assertThat(find("وفي 18 فبراير/ شباط الماضي، أعلن ستولتنبرغ"))
                .extracting(Figure::text, Figure::value, Figure::unit)
                .containsExactly(tuple("18 فبراير/ شباط", 218.0, Unit.DATE));
    }

    @Test
    void dayMonthAndYearIsYyyymmddInBothMonthSystems() {
        assertThat(find("في غارة جوية ببغداد، في 3 يناير/ كانون الثاني 2020."))
                .extracting(Figure::text, Figure::value).containsExactly(tuple("3 يناير/ كانون الثاني 2020", 20200103.0));
        assertThat(find("توصلتا في 6 أيلول 2024 الى اتفاقية")).extracting(Figure::value).containsExactly(20240906.0);
        assertThat(find("في 13 ديسمبر (كانون الأول) 2023")).extracting(Figure::value).containsExactly(20231213.0);
        assertThat(find("يوم ١٥ أبريل ٢٠٢٣")).extracting(Figure::value).containsExactly(20230415.0);
        assertThat(find("حتى 31/12/2025")).extracting(Figure::value).containsExactly(20251231.0);
        assertThat(find("في الحادي عشر من سبتمبر 2001")).extracting(Figure::text, Figure::value)
                .containsExactly(tuple("الحادي عشر من سبتمبر 2001", 20010911.0));
    }

    @Test
    void monthAndYearIsYyyymm() {
        assertThat(find("بحلول سبتمبر 2025")).extracting(Figure::text, Figure::value, Figure::unit)
                .containsExactly(tuple("سبتمبر 2025", 202509.0, Unit.DATE));
        assertThat(find("بحلول أيلول المقبل من عام 2025")).extracting(Figure::text, Figure::value)
                .containsExactly(tuple("أيلول المقبل من عام 2025", 202509.0));
        assertThat(find("بحلول نهاية سبتمبر 2025")).extracting(Figure::text).containsExactly("نهاية سبتمبر 2025");
    }

    @Test
    void aMonthAloneIsNotAFigure() {
        assertThat(find("في اكتوبر تشرين الاول أن القوات")).isEmpty();
        assertThat(find("في سبتمبر الماضي إلى اتفاق")).isEmpty();
    }

    @Test
    void yearsAfterAYearWordOrAPreposition() {
        assertThat(find("ومنذ عام 2014، تقود")).extracting(Figure::text, Figure::value, Figure::unit)
                .containsExactly(tuple("عام 2014", 2014.0, Unit.YEAR));
        assertThat(find("لعام ۲۰۲۳")).extracting(Figure::text, Figure::value).containsExactly(tuple("عام ۲۰۲۳", 2023.0));
        assertThat(find("منذ ذروة العنف الطائفي في 2006 و2007 لكن")).extracting(Figure::value)
                .containsExactly(2006.0, 2007.0);
        assertThat(find("في 2011 أسفر عن تداعيات")).extracting(Figure::value).containsExactly(2011.0);
        assertThat(find("العام المالي 2024/2025")).extracting(Figure::value).containsExactly(2024.0, 2025.0);
    }

    @Test
    void aPartOfTheYearStaysInTheTextAndOutOfTheValue() {
        assertThat(find("وأعلنت بغداد، أواخر 2017، تحقيق النصر")).extracting(Figure::text, Figure::value, Figure::unit)
                .containsExactly(tuple("أواخر 2017", 2017.0, Unit.YEAR));
        assertThat(find("بحلول نهاية عام 2026.")).extracting(Figure::text).containsExactly("نهاية عام 2026");
    }

    @Test
    void countsAndCodesAreNotYears() {
        assertThat(find("لنحو 2000 موظف عراقي")).isEmpty();
        assertThat(find("بناء 2000 مدرسة")).isEmpty();
        assertThat(find("من طراز HK-2023 في جميع المراكز")).isEmpty();
        assertThat(find("بقيمة 2000 دولار")).isEmpty();
    }
}
