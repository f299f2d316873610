package org.maqal.export;

import java.time.Instant;
import java.util.List;
import org.maqal.exercise.ArticleRefs;
import org.maqal.model.Article;
import org.maqal.model.GapFill;
import org.maqal.model.Instructions;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.Matching;
import org.maqal.model.MultipleChoice;
import org.maqal.model.OpenQuestion;
import org.maqal.model.Ordering;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;
import org.maqal.model.Sentence;
import org.maqal.model.ShortAnswer;
import org.maqal.model.Source;
import org.maqal.model.TableSheet;
import org.maqal.model.TrueFalse;
import org.maqal.model.VocabularyEntry;
import org.maqal.testing.Seeds;
import org.maqal.text.SentenceSplitter;

/**
 * A lesson written by hand from four seed articles (000, 2011; 001, 2021; 002, 2024; 004, 2020)
 * with every item type, Arabic prompts holding Latin words, years, ranges and numbers, a word
 * bank, teacher notes, skip notes, a figures sheet dated across articles and a claim sheet.
 */
public final class ExportFixtures {
    static final Article A2011 = Seeds.article("000");
    static final Article A2021 = Seeds.article("001");
    static final Article A2024 = Seeds.article("002");
    static final Article A2020 = Seeds.article("004");

    /** The prompt that mixes Arabic, a year, a number and a Latin word in one line. */
    static final String MIXED_PROMPT = "أعلن الناتو في 2011 أن 500 مدرب (NATO) سيبقون في العراق بعد نهاية مهمة التدريب.";
    /** A prompt with a range of years, which comes out reversed without care. */
    static final String RANGE_PROMPT = "من قاد حلف شمال الأطلسي (NATO) حين أنهى مهمة التدريب التي امتدت 2004 - 2011؟";
    static final String MC_PROMPT = "كم عدد عناصر حلف الأطلسي في العراق بحسب مقال 2020؟";

    private ExportFixtures() {
    }

    static Sentence sentence(Article article, String phrase) {
        return new SentenceSplitter().split(article.text()).stream().filter(s -> s.text().contains(phrase)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sentence with " + phrase + " in " + article.id()));
    }

    static Source source(Article article, String phrase) {
        return new Source(article.id(), sentence(article, phrase).index());
    }

    /** The lesson, with Arabic instructions. */
    public static Lesson lesson() {
        String brussels = sentence(A2011, "التي بدأت في 2004").text().strip();
        VocabularyEntry mission = new VocabularyEntry("v-mission", "", "مهمة", List.of("مهمته", "مهمتنا", "المهمة"), 9, 4,
                sentence(A2021, "ومهمتنا غير قتالية").text().strip(), "mission; task", true,
                List.of(source(A2021, "ومهمتنا غير قتالية")), 0, "كلمة الموضوع في كل المقالات");
        VocabularyEntry advice = new VocabularyEntry("v-advice", "", "المشورة", List.of("مشورة"), 3, 2,
                sentence(A2021, "تقديم المشورة والتدريب للجيش العراقي، ولن").text().strip(), "", false,
                List.of(source(A2021, "تقديم المشورة والتدريب للجيش العراقي، ولن")), 0, "");
        GapFill bankGap = new GapFill("g-brussels", brussels.replaceFirst("بروكسل", GapFill.GAP), "بروكسل", List.of(),
                List.of(source(A2011, "التي بدأت في 2004")), 1, "");
        GapFill choiceGap = new GapFill("g-500", "ويوجد حالياً في العراق 500 " + GapFill.GAP + " من حلف الأطلسي.", "عنصر",
                List.of("عنصر", "مدرب", "جندي"), List.of(source(A2020, "500 عنصر")), 1, "");
        Matching match = new Matching("m-glosses", "صِل كل كلمة بمعناها بالإنجليزية (English).",
                List.of(new Matching.Pair("المشورة", "advice"), new Matching.Pair("بعثة", "mission"),
                        new Matching.Pair("انسحاب", "withdrawal")),
                List.of("withdrawal", "advice", "mission"), List.of(source(A2021, "تقديم المشورة والتدريب للجيش العراقي، ولن")), 3, "");
        MultipleChoice mc = new MultipleChoice("c-size", MC_PROMPT,
                List.of("أكثر من 300 شخص", "500 عنصر", "4 آلاف عنصر"), "500 عنصر", List.of(source(A2020, "500 عنصر")), 1,
                "مقال 2021 يذكر أكثر من 300 شخص: ناقش الفرق.");
        TrueFalse tf = new TrueFalse("c-stay", MIXED_PROMPT, false, List.of(source(A2011, "سينهي مهمته")), 1, "");
        Ordering order = new Ordering("c-order", "رتّب الأحداث من الأقدم إلى الأحدث.",
                List.of("بدء مهمة الحلف في العراق عام 2004", "انتهاء مهمة التدريب في ديسمبر 2011",
                        "اجتماع وزراء الدفاع في بروكسل في أكتوبر 2020", "انسحاب التحالف بحلول سبتمبر 2025"),
                List.of("اجتماع وزراء الدفاع في بروكسل في أكتوبر 2020", "بدء مهمة الحلف في العراق عام 2004",
                        "انسحاب التحالف بحلول سبتمبر 2025", "انتهاء مهمة التدريب في ديسمبر 2011"),
                List.of(source(A2011, "التي بدأت في 2004"), source(A2024, "سبتمبر 2025")), 2, "");
        ShortAnswer who = new ShortAnswer("c-who", RANGE_PROMPT, "اندرس فو راسموسن", List.of("راسموسن", "أندرس فو راسموسن"),
                List.of(source(A2011, "التي بدأت في 2004")), 1, "");
        OpenQuestion open = new OpenQuestion("c-why", "لماذا يشدد الناتو على أن مهمته «غير قتالية»؟",
                "يربط الطالب بين الهجمات على قوات التحالف وحرص الحلف على تمييز دوره عن دور القوات الأميركية.",
                List.of(source(A2021, "ومهمتنا غير قتالية")), 4, "سؤال للنقاش في الصف");
        TableSheet figures = new TableSheet("t-figures", "عدد أفراد بعثة الناتو كما يرد في كل مقال",
                List.of("المقال", "التاريخ", "العدد كما ورد", "لماذا يختلف العدد؟"),
                List.of(List.of(A2020.title(), "2020-10", "500 عنصر", "يتحدث عن الوجود الحالي قبل التوسيع"),
                        List.of(A2021.title(), "2021-03", "أكثر من 300 شخص", "رقم قائد البعثة في مقابلة"),
                        List.of(A2021.title() + " (قرار الحلف)", "2021-02", "4 آلاف عنصر", "قرار بالزيادة لم يُنفذ بعد")),
                List.of(3), List.of(source(A2020, "500 عنصر"), source(A2021, "أكثر من 300 شخص")), 3, "");
        TableSheet claims = new TableSheet("t-claims", "تتبّع التصريحات عن طبيعة المهمة",
                List.of("التصريح", "القائل", "فعل القول", "المقال", "مقالات أخرى", "الحكم", "الدليل"),
                List.of(List.of("مهمتنا غير قتالية", "الجنرال بيير أولسن", "أضاف", "2021-03", "002 يقول مثله", "مؤيَّد", "002 الجملة 2"),
                        List.of("الحلف سيستمر بمهمته في العراق", "مارك روتي", "أكد", "2024-10", "لا شيء", "لا يمكن الحكم", "لا مقال آخر")),
                List.of(5, 6), List.of(source(A2021, "ومهمتنا غير قتالية")), 4, "");
        Instant created = Instant.parse("2025-02-03T08:30:00Z");
        return new Lesson("nato-iraq-export", "بعثة الناتو في العراق: 2011 - 2024", Language.AR,
                List.of(ArticleRefs.of(A2011), ArticleRefs.of(A2021), ArticleRefs.of(A2024), ArticleRefs.of(A2020)),
                List.of(new Section(SectionKind.VOCABULARY,
                                new Instructions("ادرس الكلمات ثم أكمل الفراغات بكلمة من بنك الكلمات.", "Study the words, then fill each gap with a word from the word bank."),
                                List.of(mission, advice, bankGap, choiceGap, match), List.of("بروكسل", "بغداد", "واشنطن"),
                                List.of("تُركت كلمة \"ينف\" لأنها جذع وليست كلمة.")),
                        new Section(SectionKind.COMPREHENSION, new Instructions("أجب عن الأسئلة التالية.", "Answer the questions."),
                                List.of(mc, tf, order, who, open), List.of(), List.of()),
                        new Section(SectionKind.COMPARISON, new Instructions("قارن بين المقالات.", "Compare the articles."),
                                List.of(figures), List.of(), List.of()),
                        new Section(SectionKind.CLAIMS, new Instructions("أكمل عمودي الحكم والدليل.", "Fill in the verdict and the evidence."),
                                List.of(claims), List.of(), List.of())),
                7L, created);
    }

    /** The same lesson with English instructions. */
    public static Lesson english() {
        return lesson().withLanguage(Language.EN);
    }
}
