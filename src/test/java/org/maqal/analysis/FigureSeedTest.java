package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.maqal.model.Unit.DATE;
import static org.maqal.model.Unit.DAYS;
import static org.maqal.model.Unit.EURO;
import static org.maqal.model.Unit.FRACTION;
import static org.maqal.model.Unit.MONTHS;
import static org.maqal.model.Unit.PEOPLE;
import static org.maqal.model.Unit.SOLDIERS;
import static org.maqal.model.Unit.YEAR;
import static org.maqal.model.Unit.YEARS;

import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maqal.corpus.Corpus;
import org.maqal.corpus.CorpusReader;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Figure;
import org.maqal.model.Unit;

/** Every figure of the five seed articles, with its value, unit and the sentence it is in. */
class FigureSeedTest {
    private static Corpus corpus;
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();

    @BeforeAll
    static void readCorpus() throws Exception {
        corpus = new CorpusReader().read(Path.of("corpus"));
    }

    private static ArticleAnalysis analysis(String prefix) {
        return ANALYZER.analyze(corpus.find(prefix).orElseThrow());
    }

    private static Tuple figure(String text, double value, Unit unit, int sentence) {
        return tuple(text, value, unit, sentence);
    }

    private static void assertFigures(String prefix, Tuple... expected) {
        ArticleAnalysis analysis = analysis(prefix);
        assertThat(analysis.figures())
                .extracting(Figure::text, Figure::value, Figure::unit, Figure::sentence)
                .containsExactly(expected);
        for (Figure f : analysis.figures()) {
            assertThat(analysis.sentences().get(f.sentence()).text()).contains(f.text());
        }
    }

    @Test
    void article000() {
        assertFigures("000",
                figure("سبع سنوات", 7, YEARS, 0),
                figure("2004", 2004, YEAR, 2),
                figure("أكثر من 5000 الاف من أفراد", 5000, PEOPLE, 5),
                figure("عشرة الاف شرطي", 10000, PEOPLE, 5),
                figure("السنوات السبع", 7, YEARS, 5),
                figure("نحو 2000 موظف عراقي", 2000, PEOPLE, 6),
                figure("115 مليون يورو", 115_000_000, EURO, 6),
                figure("17.7 مليون يورو", 17_700_000, EURO, 6),
                figure("نحو تسع سنوات", 9, YEARS, 9),
                figure("نحو 3000 جندي أمريكي", 3000, SOLDIERS, 10),
                figure("نحو 200 مدرب أمريكي", 200, PEOPLE, 11),
                figure("700 مدرب مدني", 700, PEOPLE, 11),
                figure("2006", 2006, YEAR, 12),
                figure("2007", 2007, YEAR, 12));
    }

    @Test
    void article000CountedNouns() {
        assertThat(analysis("000").figures()).extracting(Figure::what)
                .contains("أفراد", "شرطي", "موظف عراقي", "يورو", "جندي أمريكي", "مدرب مدني");
    }

    @Test
    void article001() {
        assertFigures("001",
                figure("أكثر من 300 شخص", 300, PEOPLE, 5),
                figure("18 فبراير/ شباط", 218, DATE, 11),
                figure("4 آلاف عنصر", 4000, PEOPLE, 11),
                figure("عام 2014", 2014, YEAR, 15),
                figure("يومين", 2, DAYS, 19),
                figure("3 يناير/ كانون الثاني 2020", 20200103, DATE, 19),
                figure("أواخر 2017", 2017, YEAR, 21),
                figure("صيف 2014", 2014, YEAR, 21),
                figure("نحو ثلث مساحة", 1.0 / 3, FRACTION, 21));
    }

    @Test
    void article002() {
        assertFigures("002",
                figure("سبتمبر 2025", 202509, DATE, 0),
                figure("نهاية سبتمبر 2025", 202509, DATE, 3),
                figure("عام 2014", 2014, YEAR, 3),
                figure("نحو 2500 جندي", 2500, SOLDIERS, 6),
                figure("900", 900, SOLDIERS, 6),
                figure("2011", 2011, YEAR, 7));
    }

    @Test
    void article003() {
        assertFigures("003",
                figure("العام 2025", 2025, YEAR, 3),
                figure("خمسة عشر شهرا", 15, MONTHS, 4),
                figure("2010", 2010, YEAR, 5),
                figure("عام 2024", 2024, YEAR, 5),
                figure("عشرة أعوام", 10, YEARS, 13),
                figure("6 أيلول 2024", 20240906, DATE, 14),
                figure("أيلول المقبل من عام 2025", 202509, DATE, 14),
                figure("نهاية عام 2026", 2026, YEAR, 14));
    }

    @Test
    void article004() {
        assertFigures("004",
                figure("500 عنصر", 500, PEOPLE, 3),
                figure("فبراير 2021", 202102, DATE, 4),
                figure("12 ألف عنصر", 12000, PEOPLE, 11));
    }
}
