package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Span;
import org.maqal.text.TextPipeline;

/** Entities in short texts the gazetteers do not know, one behaviour a test. */
class EntityRecognizerTest {
    private static final TextPipeline PIPELINE = TextPipeline.standard();
    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard();

    private static List<Entity> entities(String text) {
        return RECOGNIZER.recognize(PIPELINE.process(text));
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " in " + entities));
    }

    private static List<String> people(List<Entity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
    }

    @Test
    void aNameAfterATitleIsAPersonWithThatRole() {
        Entity p = named(entities("وقال وزير الخارجية الفرنسي جان نويل بارو إن بلاده تدعم الحوار."), "جان نويل بارو");
        assertThat(p.type()).isEqualTo(EntityType.PERSON);
        assertThat(p.role()).isEqualTo("وزير الخارجية الفرنسي");
    }

    @Test
    void aNameInAppositionToATitleIsAPerson() {
        Entity p = named(entities("أكدت المتحدثة باسم الوزارة، سارة الجبوري، أن العمل مستمر."), "سارة الجبوري");
        assertThat(p.role()).isEqualTo("المتحدثة باسم الوزارة");
    }

    @Test
    void aNameRightAfterAReportingVerbIsAPerson() {
        assertThat(people(entities("وقال توماس شميت إن المفاوضات ستستأنف."))).containsExactly("توماس شميت");
    }

    @Test
    void aFamilyNameAloneLinksToTheFullName() {
        Entity p = named(entities("قال الرئيس جو بايدن إن الاتفاق قريب. وأضاف بايدن أن المحادثات مستمرة. ولبايدن رأي آخر."),
                "جو بايدن");
        assertThat(p.mentions()).extracting(Span::text).containsExactly("جو بايدن", "بايدن", "بايدن");
    }

    @Test
    void aTitleUsedAloneLinksToThePersonWhoHoldsIt() {
        Entity p = named(entities("وقالت وزيرة الصحة سارة أحمد إن اللقاحات وصلت. وأضافت الوزيرة أن الحملة تبدأ غداً."), "سارة أحمد");
        assertThat(p.mentions()).extracting(Span::text).containsExactly("سارة أحمد", "الوزيرة");
    }

    @Test
    void anOrganisationsHeadNounAloneLinksBackToIt() {
        Entity o = named(entities("أعلنت وزارة الصحة العراقية أن الإصابات تراجعت. وقالت الوزارة إن الوضع مستقر."), "وزارة الصحة العراقية");
        assertThat(o.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(o.mentions()).extracting(Span::text).containsExactly("وزارة الصحة العراقية", "الوزارة");
    }

    @Test
    void stateBodiesNeedANationality() {
        List<Entity> found = entities("وقالت الحكومة الفنلندية إنها ستنسحب، لكن الحكومة الهشة لم ترد.");
        assertThat(named(found, "الحكومة الفنلندية").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(found).noneMatch(e -> e.name().contains("الهشة"));
    }

    @Test
    void aQuotedNameAfterAMediumIsAnOrganisation() {
        Entity o = named(entities("في مقابلة مع فضائية \"آسيا\" العراقية"), "فضائية آسيا");
        assertThat(o.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void placeHeadsMakePlacesTheListsDoNotKnow() {
        assertThat(named(entities("انفجرت عبوة في مدينة الصدر شرقي العاصمة."), "مدينة الصدر").type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void functionWordsMonthsVerbsAndCommonNounsAreNotEntities() {
        List<Entity> found = entities("في يناير الماضي قرر المجلس تأجيل الاجتماع إلى الأحد، وقال مسؤول عراقي إن القرار نهائي، "
                + "من دون ذكر توقيت ذلك. وأعرب عن أمله في أن يتم الاتفاق قبل أيلول. ويقول كثيرون إن الأمر صعب.");
        assertThat(found).isEmpty();
    }

    @Test
    void anAppositionIsANameOnlyBetweenCommas() {
        assertThat(people(entities("تلقى الرئيس اتصالاً من نظيره الإيراني، جرى خلاله بحث الأوضاع."))).isEmpty();
    }

    @Test
    void aNounAfterAVerbIsNotTakenForAName() {
        assertThat(people(entities("غير أن المدير أكد وجود حالتين مشتبه بهما."))).isEmpty();
    }

    @Test
    void anIndefiniteTitleAloneDoesNotMakeAName() {
        assertThat(people(entities("سيساعد 700 مدرب مدني القوات العراقية."))).isEmpty();
    }
}
