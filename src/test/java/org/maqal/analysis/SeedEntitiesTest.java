package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.analysis.SeedArticles.entity;
import static org.maqal.analysis.SeedArticles.mentionTexts;
import static org.maqal.analysis.SeedArticles.mentioning;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Span;

/** People, bodies and places of the seed articles, and how their mentions link up. */
class SeedEntitiesTest {

    @Test
    void article000LinksRasmussenAndTheAllianceUnderTheirFullNames() {
        ArticleAnalysis a = SeedArticles.analyze("000");
        Entity rasmussen = entity(a, "اندرس فو راسموسن");
        assertThat(rasmussen.type()).isEqualTo(EntityType.PERSON);
        assertThat(rasmussen.role()).isEqualTo("الامين العام لحلف شمال الاطلسي");
        assertThat(mentionTexts(rasmussen)).containsExactly("اندرس فو راسموسن", "راسموسن", "راسموسن");
        assertThat(rasmussen.mentions()).extracting(Span::sentence).containsExactly(2, 5, 7);

        Entity nato = entity(a, "حلف شمال الاطلسي");
        assertThat(nato.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mentionTexts(nato)).contains("حلف شمال الاطلسي", "الحلف", "للحلف");
        assertThat(mentioning(a, "الحلف")).containsExactly(nato);

        assertThat(entity(a, "باراك أوباما").role()).isEqualTo("الرئيس الامريكي");
        assertThat(entity(a, "بروكسل").type()).isEqualTo(EntityType.PLACE);
        assertThat(entity(a, "العراق").mentions()).hasSizeGreaterThan(5);
    }

    @Test
    void article001MapsEveryNameOfNatoToOneEntity() {
        ArticleAnalysis a = SeedArticles.analyze("001");
        Entity nato = entity(a, "حلف شمال الأطلسي");
        assertThat(mentioning(a, "الناتو")).containsExactly(nato);
        assertThat(mentioning(a, "حلف الناتو")).containsExactly(nato);
        assertThat(mentioning(a, "الحلف")).containsExactly(nato);
        assertThat(a.entities()).filteredOn(e -> e.name().contains("الناتو")).isEmpty();

        Entity olsen = entity(a, "بيير أولسن");
        assertThat(olsen.role()).isEqualTo("قائد بعثة حلف شمال الأطلسي في العراق");
        assertThat(mentionTexts(olsen)).containsExactly("بيير أولسن", "أولسن", "أولسن", "بيير أولسن");
        assertThat(mentionTexts(entity(a, "ينس ستولتنبرغ"))).containsExactly("ينس ستولتنبرغ", "ستولتنبرغ", "ستولتنبرغ");
        assertThat(mentionTexts(entity(a, "فؤاد حسين"))).as("لحسين, with the preposition left out").containsExactly("فؤاد حسين", "حسين");
        assertThat(entity(a, "فؤاد حسين").role()).isEqualTo("وزير الخارجية العراقي");
        assertThat(entity(a, "قاسم الأعرجي").role()).isEqualTo("مستشار الأمن الوطني العراقي");
        assertThat(entity(a, "البابا فرنسيس").mentions()).hasSize(3);
        assertThat(entity(a, "أبو مهدي المهندس").type()).isEqualTo(EntityType.PERSON);

        assertThat(entity(a, "فضائية آسيا").type()).as("a channel, not the continent").isEqualTo(EntityType.ORGANIZATION);
        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.PLACE && e.name().equals("آسيا"));
        assertThat(entity(a, "داعش").mentions()).extracting(Span::text).contains("داعش", "تنظيم داعش", "التنظيم");
        assertThat(entity(a, "الخارجية العراقية").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void article002LinksTheCommitteeAndItsMember() {
        ArticleAnalysis a = SeedArticles.analyze("002");
        Entity committee = entity(a, "لجنة الأمن والدفاع النيابية");
        assertThat(mentionTexts(committee)).containsExactly("لجنة الأمن والدفاع النيابية", "اللجنة", "لجنة الأمن والدفاع");
        assertThat(entity(a, "علاوي نعمة").role()).isEqualTo("عضو لجنة الأمن والدفاع");
        assertThat(entity(a, "إلينا رومانوسكي").role()).isEqualTo("السفيرة الأمريكية في العراق");
        assertThat(entity(a, "محمد شياع السوداني").role()).isEqualTo("رئيس الوزراء");
        assertThat(entity(a, "لوكاس شخويرس").role()).isEqualTo("قائد بعثة الناتو في العراق");
        assertThat(entity(a, "التحالف الدولي").mentions()).extracting(Span::text).contains("التحالف الدولي", "التحالف");
    }

    @Test
    void article003LinksTheTitleUsedAloneToRutte() {
        ArticleAnalysis a = SeedArticles.analyze("003");
        Entity rutte = entity(a, "مارك روتي");
        assertThat(rutte.role()).isEqualTo("الامين العام لحلف شمال الأطلسي");
        assertThat(mentionTexts(rutte)).contains("مارك روتي", "روتي", "الأمين العام للحلف", "الامين العام للحلف");
        assertThat(entity(a, "جينس ستولتنبيرغ").role()).isEqualTo("الأمين السابق");
        assertThat(entity(a, "لويد اوستن").role()).isEqualTo("وزير الدفاع الأميركي");
        assertThat(entity(a, "K24").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(a, "البرلمان الألماني").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(a, "الحكومة الفنلندية").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(a, "منطقة الساحل").type()).isEqualTo(EntityType.PLACE);
        assertThat(entity(a, "الشرق الأوسط").mentions()).hasSize(3);
        assertThat(entity(a, "تنظيم داعش الخراساني").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void article004FindsTheMinistersAndNoWordsThatAreNotNames() {
        ArticleAnalysis a = SeedArticles.analyze("004");
        assertThat(entity(a, "ينس ستولتنبرغ").role()).isEqualTo("الأمين العام للحلف");
        assertThat(entity(a, "انيغريت كرامب كارينباور").role()).isEqualTo("وزيرة الدفاع الألمانية");
        assertThat(entity(a, "قاسم سليماني").role()).isEqualTo("قائد فيلق القدس بالحرس الثوري الإيراني");
        assertThat(entity(a, "طالبان").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(a, "حلف شمال الأطلسي").mentions()).extracting(Span::text)
                .contains("الناتو", "حلف شمال الأطلسي", "حلف الأطلسي", "الحلف");
    }

    @Test
    void theSeedArticlesNameNoPersonThatIsNotOne() {
        List<String> people = List.of("000", "001", "002", "003", "004").stream()
                .flatMap(id -> SeedArticles.analyze(id).entities().stream())
                .filter(e -> e.type() == EntityType.PERSON).map(Entity::name).distinct().toList();
        assertThat(people).containsExactlyInAnyOrder("باراك أوباما", "اندرس فو راسموسن", "بيير أولسن", "قاسم الأعرجي",
                "فؤاد حسين", "ينس ستولتنبرغ", "البابا فرنسيس", "قاسم سليماني", "أبو مهدي المهندس", "علاوي نعمة",
                "محمد شياع السوداني", "لوكاس شخويرس", "إلينا رومانوسكي", "حامد أحمد", "مارك روتي", "جينس ستولتنبيرغ",
                "لويد اوستن", "انيغريت كرامب كارينباور");
    }

    @Test
    void mentionsAreInReadingOrderAndPointAtTheirText() {
        for (String id : new String[] {"000", "001", "002", "003", "004"}) {
            ArticleAnalysis a = SeedArticles.analyze(id);
            String text = SeedArticles.text(id);
            assertThat(a.entities()).allSatisfy(e -> {
                assertThat(e.mentions()).isSortedAccordingTo(java.util.Comparator.comparingInt(Span::start));
                assertThat(e.mentions()).allSatisfy(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
            });
        }
    }
}
