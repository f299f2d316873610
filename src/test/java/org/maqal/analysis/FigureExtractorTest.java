package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.maqal.model.Figure;
import org.maqal.model.Unit;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.TextPipeline;

class FigureExtractorTest {
    private static final TextPipeline PIPELINE = TextPipeline.standard();
    private final FigureExtractor extractor = FigureExtractor.standard();

    private List<Figure> extract(String text) {
        return extractor.extract(PIPELINE.process(text));
    }

    @Test
    void eachWordSaysWhichPatternsMayStartAtIt() {
        assertThat(starts("2024")).isEqualTo(FigureStart.DIGITS | FigureStart.NUMBER);
        assertThat(starts("سبتمبر")).isEqualTo(FigureStart.MONTH);
        assertThat(starts("العام")).isEqualTo(FigureStart.YEAR_WORD | FigureStart.UNIT_FIRST);
        assertThat(starts("الأول")).isEqualTo(FigureStart.ORDINAL_DAY);
        assertThat(starts("عشرة")).isEqualTo(FigureStart.NUMBER);
        assertThat(starts("يومين")).isEqualTo(FigureStart.DUAL);
        assertThat(starts("قال")).isZero();
        // only the patterns a word may start are tried, and they still find what they found before
        assertThat(extract("انتهت المهمة في العام 2011 بعد يومين من الاتفاق في الأول من أيلول 2024"))
                .extracting(Figure::text, Figure::unit)
                .containsExactly(tuple("العام 2011", Unit.YEAR), tuple("يومين", Unit.DAYS), tuple("الأول من أيلول 2024", Unit.DATE));
    }

    private int starts(String word) {
        return extractor.starts(ArabicNormalizer.normalize(word));
    }

    @Test
    void theCountedNounWithItsRelativeAdjective() {
        assertThat(extract("طلبوا بقاء نحو 3000 جندي أمريكي بالعراق"))
                .extracting(Figure::text, Figure::value, Figure::unit, Figure::what)
                .containsExactly(tuple("نحو 3000 جندي أمريكي", 3000.0, Unit.SOLDIERS, "جندي أمريكي"));
        assertThat(extract("ويوجد حالياً في العراق 500 عنصر من حلف الأطلسي"))
                .extracting(Figure::what).containsExactly("عنصر");
    }

    @Test
    void approximationsStayInTheTextWithoutTheirPreposition() {
        assertThat(extract("دورات تعليمية لنحو 2000 موظف عراقي")).extracting(Figure::text)
                .containsExactly("نحو 2000 موظف عراقي");
        assertThat(extract("أكثر من 300 شخص")).extracting(Figure::text).containsExactly("أكثر من 300 شخص");
    }

    @Test
    void numberWordsNeedWhatTheyCount() {
        assertThat(extract("قال الحلف اليوم الاثنين إن أحد الجنود أصيب في آن واحد.")).isEmpty();
        assertThat(extract("للمرة التاسعة عشرة في تاريخه")).isEmpty();
        assertThat(extract("التي بدأت قبل سبع سنوات")).extracting(Figure::text, Figure::value, Figure::unit)
                .containsExactly(tuple("سبع سنوات", 7.0, Unit.YEARS));
        assertThat(extract("لخمسة عشر شهرا أخرى")).extracting(Figure::text, Figure::value, Figure::unit, Figure::what)
                .containsExactly(tuple("خمسة عشر شهرا", 15.0, Unit.MONTHS, "شهرا"));
    }

    @Test
    void theNounMayComeFirstOrStandForTheNumber() {
        assertThat(extract("خلال السنوات السبع الماضية")).extracting(Figure::text, Figure::value, Figure::unit)
                .containsExactly(tuple("السنوات السبع", 7.0, Unit.YEARS));
        assertThat(extract("بعد يومين من مقتل")).extracting(Figure::value, Figure::unit).containsExactly(tuple(2.0, Unit.DAYS));
        assertThat(extract("استمرت يوما واحدا")).extracting(Figure::text, Figure::value, Figure::unit)
                .containsExactly(tuple("يوما واحدا", 1.0, Unit.DAYS));
        assertThat(extract("في آن واحد")).isEmpty();
    }

    @Test
    void percentagesInEveryWriting() {
        assertThat(extract("بنسبة 6% و٣٥٫٧٪ و3.8 بالمئة وثلاثة في المئة و٪2"))
                .extracting(Figure::value, Figure::unit)
                .containsExactly(tuple(6.0, Unit.PERCENT), tuple(35.7, Unit.PERCENT), tuple(3.8, Unit.PERCENT),
                        tuple(3.0, Unit.PERCENT), tuple(2.0, Unit.PERCENT));
    }

    @Test
    void fractions() {
        assertThat(extract("وتقدر بنحو ثلث مساحة العراق")).extracting(Figure::text, Figure::unit, Figure::what)
                .containsExactly(tuple("نحو ثلث مساحة", Unit.FRACTION, "مساحة"));
        assertThat(extract("ثلاثة أرباع السكان")).extracting(Figure::value).containsExactly(0.75);
        assertThat(extract("تأهل إلى نصف نهائي البطولة")).isEmpty();
    }

    @Test
    void modelNamesCodesScoresAndTimesAreNotFigures() {
        assertThat(extract("طائرات اف-16 ودبابات ابرامز")).isEmpty();
        assertThat(extract("وأجبرت جائحة كوفيد-19 التحالف")).isEmpty();
        assertThat(extract("تقرير لموقع K24 الاخباري")).isEmpty();
        assertThat(extract("معالج Exynos 2400 وشريحة 5G")).isEmpty();
        assertThat(extract("اتصلوا بالرقم 021-45-67-89 أو +964 770 123 4567")).isEmpty();
        assertThat(extract("فاز على الحزم 4-1 في الساعة 5:30 بين الساعة 11 صباحا و4 عصرا")).isEmpty();
        assertThat(extract("الخط الساخن 16100 والقميص رقم 29 في الدقيقة 42")).isEmpty();
    }

    @Test
    void aNumberAfterWawTakesTheUnitBeforeIt() {
        assertThat(extract("تنتشر القوات الأمريكية حالياً بنحو 2500 جندي في العراق و900 في سوريا"))
                .extracting(Figure::text, Figure::value, Figure::unit)
                .containsExactly(tuple("نحو 2500 جندي", 2500.0, Unit.SOLDIERS), tuple("900", 900.0, Unit.SOLDIERS));
    }

    @Test
    void aNumberBeforeWawTakesTheScaleAfterIt() {
        assertThat(extract("تستورد ما بين 4 و5 ملايين طن")).extracting(Figure::value, Figure::unit)
                .containsExactly(tuple(4e6, Unit.COUNT), tuple(5e6, Unit.COUNT));
        assertThat(extract("بين 3 و5 سنوات")).extracting(Figure::value, Figure::unit)
                .containsExactly(tuple(3.0, Unit.YEARS), tuple(5.0, Unit.YEARS));
    }

    @Test
    void spansPointIntoTheTextAndTheirSentence() {
        String text = "قال الحلف إنه درب 200 مدرب. وأنفق 17.7 مليون يورو في 2006 و2007.";
        List<Figure> figures = extract(text);
        assertThat(figures).extracting(Figure::sentence).containsExactly(0, 1, 1, 1);
        for (Figure f : figures) {
            assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(f.text()).isEqualTo(f.span().text());
        }
    }

    @Test
    void oneExtractorServesManyThreads() throws InterruptedException, ExecutionException {
        String text = "درب أكثر من 5000 الاف من أفراد الجيش وعشرة الاف شرطي، بكلفة 115 مليون يورو في 3 يناير 2020.";
        List<Figure> expected = extract(text);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Figure>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) runs.add(pool.submit(() -> extract(text)));
            for (Future<List<Figure>> run : runs) assertThat(run.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }
}
