package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.analysis.SeedArticles.by;
import static org.maqal.analysis.SeedArticles.claim;
import static org.maqal.analysis.SeedArticles.speakers;
import static org.maqal.analysis.SeedArticles.verbs;

import org.junit.jupiter.api.Test;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;

/** Who says what in the five seed articles, as a reader of each article can check it. */
class SeedClaimsTest {

    @Test
    void article000AttributesToNatoRasmussenAndTheStatement() {
        ArticleAnalysis a = SeedArticles.analyze("000");
        assertThat(speakers(a)).containsExactlyInAnyOrder("حلف شمال الاطلسي", "اندرس فو راسموسن", "البيان");

        Claim nato = claim(a, 0, "قال");
        assertThat(nato.speaker()).isEqualTo("حلف شمال الاطلسي");
        assertThat(nato.direct()).isFalse();
        assertThat(nato.text()).startsWith("سينهي مهمته لتدريب القوات العراقية");

        Claim decision = claim(a, 2, "قال");
        assertThat(decision.speaker()).isEqualTo("اندرس فو راسموسن");
        assertThat(decision.speakerRole()).isEqualTo("الامين العام لحلف شمال الاطلسي");
        assertThat(decision.text()).startsWith("قرار انهاء مهمة الحلف").endsWith("في بروكسل");

        Claim statement = claim(a, 3, "اضاف");
        assertThat(statement.speaker()).isEqualTo("البيان");
        assertThat(statement.direct()).isTrue();
        assertThat(statement.text()).startsWith("لم يتسن الاتفاق على تمديد هذا البرنامج الناجح");

        assertThat(claim(a, 5, "قال").speaker()).as("راسموسن alone is the full name").isEqualTo("اندرس فو راسموسن");
        Claim pronoun = claim(a, 8, "اضاف");
        assertThat(pronoun.speaker()).as("implicit subject of واضاف").isEqualTo("اندرس فو راسموسن");
        assertThat(pronoun.direct()).isTrue();
        assertThat(pronoun.text()).startsWith("نحن عازمون على البناء");
    }

    @Test
    void article001AttributesToOlsenStoltenbergTheMinistryAndNato() {
        ArticleAnalysis a = SeedArticles.analyze("001");
        assertThat(speakers(a)).contains("بيير أولسن", "ينس ستولتنبرغ", "الخارجية العراقية", "حلف شمال الأطلسي");

        assertThat(verbs(a, "بيير أولسن")).containsExactly("قال", "أضاف", "أوضح", "قال", "تابع");
        assertThat(by(a, "بيير أولسن")).allSatisfy(c -> assertThat(c.speakerRole()).isEqualTo("قائد بعثة حلف شمال الأطلسي في العراق"));
        Claim explained = claim(a, 6, "أوضح");
        assertThat(explained.direct()).isTrue();
        assertThat(explained.text()).startsWith("مستشار الأمن الوطني العراقي، قاسم الأعرجي، قدم طلبا رسميا");
        Claim interview = claim(a, 5, "أضاف");
        assertThat(interview.direct()).as("فضائية \"آسيا\" is a name, not the quotation").isTrue();
        assertThat(interview.text()).startsWith("عدد أفراد بعثة الناتو في العراق أكثر من 300 شخص");

        assertThat(verbs(a, "ينس ستولتنبرغ")).containsExactly("افاد", "اكد", "أعلن");
        Claim informed = claim(a, 7, "افاد");
        assertThat(informed.speakerRole()).isEqualTo("الأمين العام لحلف شمال الأطلسي");
        assertThat(informed.direct()).isFalse();
        assertThat(informed.text()).startsWith("عمل الحلف في العراق يقتصر على التدريب");
        assertThat(claim(a, 8, "اكد").text()).as("واكد إن: indirect with a quoted part").startsWith("زيارة بابا الفاتيكان");

        Claim ministry = claim(a, 9, "قالت");
        assertThat(ministry.speaker()).isEqualTo("الخارجية العراقية");
        assertThat(ministry.direct()).isTrue();
        assertThat(ministry.text()).startsWith("ان الجانبان سبل استمرار التعاون").endsWith("ضد تنظيم داعش");

        assertThat(claim(a, 1, "يؤكد").speaker()).isEqualTo("حلف شمال الأطلسي");
        assertThat(claim(a, 2, "يشدد").text()).isEqualTo("مهمته غير قتالية في العراق");
    }

    @Test
    void article002AttributesToTheCommitteeNaamaAndTheAmbassador() {
        ArticleAnalysis a = SeedArticles.analyze("002");
        assertThat(speakers(a)).containsExactlyInAnyOrder("لجنة الأمن والدفاع النيابية", "علاوي نعمة", "إلينا رومانوسكي");

        assertThat(verbs(a, "لجنة الأمن والدفاع النيابية")).as("تعتقد لجنة …, وتؤكد اللجنة").containsExactly("تعتقد", "تؤكد");
        assertThat(claim(a, 1, "تعتقد").text()).isEqualTo("مهام بعثة الناتو في العراق لن تتأثر بانسحاب قوات التحالف الدولي");

        Claim confirmed = claim(a, 2, "أكد");
        assertThat(confirmed.speaker()).as("في تصريحات أدلى بها عضو …، علاوي نعمة، أكد").isEqualTo("علاوي نعمة");
        assertThat(confirmed.speakerRole()).isEqualTo("عضو لجنة الأمن والدفاع");
        assertThat(confirmed.direct()).isTrue();
        assertThat(claim(a, 2, "مشيراً").speaker()).isEqualTo("علاوي نعمة");

        assertThat(verbs(a, "إلينا رومانوسكي")).containsExactly("أكدت", "مشددة");
        assertThat(claim(a, 5, "أكدت").speakerRole()).isEqualTo("السفيرة الأمريكية في العراق");
        assertThat(claim(a, 5, "مشددة").text()).startsWith("وجود رغبة لدى الحكومة العراقية");

        assertThat(a.claims()).noneMatch(c -> c.sentence() == 0 || c.sentence() == 7);
    }

    @Test
    void article003AttributesToRutteTheK24ReportAustinAndFinland() {
        ArticleAnalysis a = SeedArticles.analyze("003");
        assertThat(speakers(a)).contains("مارك روتي", "تقرير لموقع K24 الاخباري", "لويد اوستن", "الحكومة الفنلندية");

        assertThat(verbs(a, "مارك روتي")).containsExactly("أكد", "مشيرا", "اكد", "قال", "مضى بقوله", "قال", "مضى بقوله");
        assertThat(claim(a, 6, "اكد").speaker()).as("امين عام حلف الناتو، روتي،").isEqualTo("مارك روتي");
        Claim went = claim(a, 8, "مضى بقوله");
        assertThat(went.direct()).isTrue();
        assertThat(went.text()).as("the quotation runs over a full stop").startsWith("لكن علينا ان لا نشتت انتباهنا")
                .endsWith("ما تزال قائمة");
        assertThat(claim(a, 11, "مضى بقوله").speaker()).as("الأمين العام للحلف").isEqualTo("مارك روتي");

        assertThat(claim(a, 2, "أشار").speaker()).isEqualTo("تقرير لموقع K24 الاخباري");
        Claim austin = claim(a, 9, "ادلى بقوله");
        assertThat(austin.speaker()).isEqualTo("لويد اوستن");
        assertThat(austin.speakerRole()).isEqualTo("وزير الدفاع الأميركي");
        assertThat(austin.direct()).isTrue();
        assertThat(verbs(a, "الحكومة الفنلندية")).containsExactly("أعلنت", "مؤكدة");

        assertThat(a.claims()).noneMatch(c -> c.sentence() == 3);
    }

    @Test
    void article004AttributesToStoltenbergTheAlliesAndKrampKarrenbauer() {
        ArticleAnalysis a = SeedArticles.analyze("004");
        assertThat(speakers(a)).containsExactlyInAnyOrder("ينس ستولتنبرغ", "حلفاء الولايات المتحدة", "انيغريت كرامب كارينباور");

        assertThat(verbs(a, "ينس ستولتنبرغ")).containsExactly("قال", "أضاف", "أكد", "حذّر", "أوضح", "أضاف", "معتبراً");
        assertThat(claim(a, 2, "قال").speakerRole()).isEqualTo("الأمين العام للحلف");
        Claim warned = claim(a, 12, "حذّر");
        assertThat(warned.direct()).isTrue();
        assertThat(warned.text()).isEqualTo("نشوء معضلة في الأشهر المقبلة");
        Claim mission = claim(a, 7, "أكد");
        assertThat(mission.direct()).as("a quoted phrase inside reported speech").isFalse();
        assertThat(mission.text()).isEqualTo("المهمة عادت إلى العمل بـ\"كامل قدراتها\"");
        assertThat(claim(a, 14, "معتبراً").text()).isEqualTo("الأشهر المقبلة ستكون حاسمة");

        Claim allies = claim(a, 1, "محذّرين");
        assertThat(allies.speaker()).isEqualTo("حلفاء الولايات المتحدة");
        assertThat(allies.text()).startsWith("الانسحاب أحاديّاً");

        Claim german = claim(a, 15, "قالت");
        assertThat(german.speaker()).isEqualTo("انيغريت كرامب كارينباور");
        assertThat(german.speakerRole()).isEqualTo("وزيرة الدفاع الألمانية");
        assertThat(german.direct()).as("على \"تويتر\" is not the quotation").isTrue();
        assertThat(german.text()).startsWith("ألمانيا تحافظ على التزاماتها في أفغانستان.");
    }

    @Test
    void everyClaimSpanPointsAtItsTextInItsSentence() {
        for (String id : new String[] {"000", "001", "002", "003", "004"}) {
            ArticleAnalysis a = SeedArticles.analyze(id);
            String text = SeedArticles.text(id);
            assertThat(a.claims()).isNotEmpty().allSatisfy(c -> {
                assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo(c.text());
                assertThat(a.sentence(c.sentence()).contains(c.span().start())).isTrue();
                assertThat(c.speaker()).isNotBlank();
                assertThat(c.verb()).isNotBlank();
            });
        }
    }
}
