package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.Claim;
import org.maqal.text.TextPipeline;

/** Claims in short texts, one behaviour a test. */
class ClaimExtractorTest {
    private static final TextPipeline PIPELINE = TextPipeline.standard();
    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard();
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

    private static List<Claim> claims(String text) {
        TextPipeline.Text t = PIPELINE.process(text);
        return EXTRACTOR.extract(t, RECOGNIZER.recognize(t));
    }

    private static Claim only(String text) {
        List<Claim> found = claims(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aQuotationAfterTheVerbAndAColonIsDirect() {
        Claim c = only("وقال وزير الصحة سعيد الحمداني: \"سنفتتح المستشفى الشهر المقبل\".");
        assertThat(c.speaker()).isEqualTo("سعيد الحمداني");
        assertThat(c.speakerRole()).isEqualTo("وزير الصحة");
        assertThat(c.verb()).isEqualTo("قال");
        assertThat(c.direct()).isTrue();
        assertThat(c.text()).isEqualTo("سنفتتح المستشفى الشهر المقبل");
    }

    @Test
    void aQuotationBeforeTheVerbBelongsToTheSubjectAfterIt() {
        Claim c = only("«الوضع تحت السيطرة»، قال المحافظ علي الزيدي للصحفيين.");
        assertThat(c.speaker()).isEqualTo("علي الزيدي");
        assertThat(c.direct()).isTrue();
        assertThat(c.text()).isEqualTo("الوضع تحت السيطرة");
    }

    @Test
    void reportedSpeechRunsFromTheComplementizerToTheEndOfTheClause() {
        List<Claim> found = claims("أكد الوزير سامي عادل أن الخطة جاهزة، مشيراً إلى أن التنفيذ يبدأ غداً.");
        assertThat(found).extracting(Claim::text).containsExactly("الخطة جاهزة", "التنفيذ يبدأ غداً");
        assertThat(found).extracting(Claim::speaker).containsOnly("سامي عادل");
        assertThat(found).extracting(Claim::direct).containsOnly(false);
        assertThat(found).extracting(Claim::verb).containsExactly("أكد", "مشيراً");
    }

    @Test
    void anImplicitSubjectIsTheLatestSpeakerOfTheVerbsGender() {
        List<Claim> found = claims("قالت الطبيبة هدى كريم إن المستشفى يعمل بطاقته الكاملة. وقال المدير حسين علوان إن الأدوية متوفرة. "
                + "وأضافت أن الكوادر تعمل بلا توقف. وأوضح أن الرواتب ستصرف.");
        assertThat(found).extracting(Claim::speaker).containsExactly("هدى كريم", "حسين علوان", "هدى كريم", "حسين علوان");
    }

    @Test
    void attributionPhrasesAttributeTheRestOfTheSentenceOrWhatCameBefore() {
        Claim opening = only("وبحسب وزارة التخطيط، فإن نسبة الفقر بلغت 17 في المئة.");
        assertThat(opening.speaker()).isEqualTo("وزارة التخطيط");
        assertThat(opening.verb()).isEqualTo("بحسب");
        assertThat(opening.text()).isEqualTo("نسبة الفقر بلغت 17 في المئة");

        Claim closing = only("ارتفعت الأسعار بنسبة 5 في المئة، وفقاً لتقرير البنك المركزي.");
        assertThat(closing.speaker()).isEqualTo("تقرير البنك المركزي");
        assertThat(closing.text()).isEqualTo("ارتفعت الأسعار بنسبة 5 في المئة");
    }

    @Test
    void institutionsAndUnnamedSourcesAreSpeakers() {
        assertThat(only("وقالت وزارة الداخلية في بيان إن قواتها اعتقلت خمسة مطلوبين.").speaker()).isEqualTo("وزارة الداخلية");
        assertThat(only("وذكرت مصادر أمنية أن الهجوم وقع فجراً.").speaker()).isEqualTo("مصادر أمنية");
        assertThat(only("واضاف البيان \"لم يتسن الاتفاق على تمديد البرنامج\".").speaker()).isEqualTo("البيان");
    }

    @Test
    void aTitleNobodyHoldsInTheTextIsTheSpeakerAsWritten() {
        Claim c = only("وقال رئيس الهيئة إن الموسم سيبدأ في موعده.");
        assertThat(c.speaker()).isEqualTo("رئيس الهيئة");
        assertThat(c.speakerRole()).isEqualTo("رئيس الهيئة");
    }

    @Test
    void aShortQuotedNameIsNotAQuotation() {
        Claim c = only("وقال رئيس نادي \"الزوراء\" إن الفريق جاهز للموسم.");
        assertThat(c.direct()).isFalse();
        assertThat(c.text()).isEqualTo("الفريق جاهز للموسم");
    }

    @Test
    void aSourceAndAColonOpeningASentenceAttributeWhatFollows() {
        List<Claim> found = claims("وزير الصحة: لا إصابات جديدة بالحمى النزفية\nنفى وزير الصحة صالح الحسناوي تسجيل إصابات جديدة.");
        assertThat(found).extracting(Claim::verb).containsExactly(":", "نفى");
        assertThat(found).extracting(Claim::speaker).containsOnly("صالح الحسناوي");
        assertThat(found.get(0).text()).isEqualTo("لا إصابات جديدة بالحمى النزفية");
    }

    @Test
    void anAttributionPhraseBetweenCommasIsTheVerbsAside() {
        Claim c = only("وذكرت وكالة رويترز، نقلاً عن مصدر دبلوماسي، أن الجانبين اتفقا على تشكيل لجنة.");
        assertThat(c.speaker()).isEqualTo("وكالة رويترز");
        assertThat(c.verb()).isEqualTo("ذكرت");
        assertThat(c.text()).isEqualTo("الجانبين اتفقا على تشكيل لجنة");
    }

    @Test
    void reportedSpeechEndsWhereTheWriterTurnsToSomethingElse() {
        Claim c = only("وأكدت أمانة بغداد أن ملاكاتها استنفرت جهودها، فيما طالب مواطنون بتحسين الشبكات.");
        assertThat(c.text()).isEqualTo("ملاكاتها استنفرت جهودها");
    }

    @Test
    void nothingIsClaimedWithoutSomethingReported() {
        assertThat(claims("يذكر أن المشروع بدأ عام 2019.")).isEmpty();
        assertThat(claims("وأشار التقرير إلى ارتفاع الأسعار.")).isEmpty();
        assertThat(claims("قال الوزير كلمته في الافتتاح ثم غادر.")).isEmpty();
        assertThat(claims("من دون ذكر توقيت ذلك.")).isEmpty();
    }

    @Test
    void reportingVerbsInsideAQuotationMakeNoClaimOfTheirOwn() {
        Claim c = only("وقال روتي \"إن الهجمات تؤكد على أن التهديد قائم. وقال الحلفاء إنهم مستعدون\".");
        assertThat(c.text()).startsWith("إن الهجمات تؤكد").endsWith("مستعدون");
    }
}
