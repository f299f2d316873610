package org.maqal.lesson;

import org.maqal.exercise.ArticleRefs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.maqal.model.AnswerRules;
import org.maqal.model.Article;
import org.maqal.model.GapFill;
import org.maqal.model.Instructions;
import org.maqal.model.Item;
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

/** Lessons built by hand from two seed articles (001, 2021, and 004, 2020), with every item type. */
public final class SampleLessons {
    public static final Article A = Seeds.article("001");
    public static final Article B = Seeds.article("004");

    private SampleLessons() {
    }

    /** The sentence of an article that contains the phrase. */
    public static Sentence sentence(Article article, String phrase) {
        return new SentenceSplitter().split(article.text()).stream().filter(s -> s.text().contains(phrase))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no sentence with " + phrase + " in " + article.id()));
    }

    public static Source source(Article article, String phrase) {
        return new Source(article.id(), sentence(article, phrase).index());
    }

    /** A vocabulary entry for a headword found in article A, without gloss. */
    static VocabularyEntry word(String id, String headword, String phrase) {
        return new VocabularyEntry(id, "", headword, List.of(), 2, 1, sentence(A, phrase).text(), "", false,
                List.of(source(A, phrase)), 0, "");
    }

    /** A lesson with one item of every type, in all four kinds of sections. */
    public static Lesson everyType() {
        String guard = sentence(A, "تكفلت بحماية بعثة الناتو").text();
        Source size = source(A, "أكثر من 300 شخص");
        Source sizeB = source(B, "500 عنصر");
        VocabularyEntry mission = new VocabularyEntry("v1", "", "مهمة", List.of("مهمته", "مهمتنا"), 5, 2,
                sentence(A, "ومهمتنا غير قتالية").text(), "mission; task", true,
                List.of(source(A, "ومهمتنا غير قتالية")), 0, "كلمة الموضوع");
        GapFill gap = new GapFill("g1", guard.replaceFirst("بحماية", GapFill.GAP), "بحماية",
                List.of("بتدريب", "بحماية", "بزيادة"), List.of(source(A, "تكفلت بحماية بعثة الناتو")), 1, "");
        Matching match = new Matching("m1", "صل كل كلمة بمعناها",
                List.of(new Matching.Pair("المشورة", "advice"), new Matching.Pair("بعثة", "mission"),
                        new Matching.Pair("استهداف", "targeting")),
                List.of("targeting", "advice", "mission"), List.of(source(A, "تقديم المشورة")), 3, "");
        MultipleChoice mc = new MultipleChoice("c1", "كم عدد أفراد بعثة الناتو في العراق بحسب الجنرال بيير أولسن؟",
                List.of("أكثر من 300 شخص", "4 آلاف عنصر", "500 عنصر"), "أكثر من 300 شخص", List.of(size), 1, "");
        TrueFalse tf = new TrueFalse("c2", "قرر الحلف زيادة أفراد بعثته في العراق إلى 4 آلاف عنصر.", true,
                List.of(source(A, "4 آلاف عنصر")), 1, "");
        Ordering order = new Ordering("c3", "رتّب الأحداث كما وقعت",
                List.of("تقود الولايات المتحدة تحالفا دوليا ضد داعش", "مقتل قاسم سليماني في غارة جوية أميركية",
                        "قرر الحلف زيادة أفراد بعثته إلى 4 آلاف عنصر"),
                List.of("قرر الحلف زيادة أفراد بعثته إلى 4 آلاف عنصر", "تقود الولايات المتحدة تحالفا دوليا ضد داعش",
                        "مقتل قاسم سليماني في غارة جوية أميركية"),
                List.of(source(A, "ومنذ عام 2014"), source(A, "قاسم سليماني"), source(A, "4 آلاف عنصر")), 2, "");
        ShortAnswer who = new ShortAnswer("c4", "من قائد بعثة حلف شمال الأطلسي في العراق؟", "بيير أولسن",
                List.of("الجنرال بيير أولسن", "أولسن"), List.of(source(A, "قائد بعثة")), 1, "");
        OpenQuestion open = new OpenQuestion("c5", "لماذا يشدد الناتو على أن مهمته غير قتالية؟",
                "يربط الطالب بين الهجمات على قوات التحالف وحرص الحلف على تمييز دوره.", List.of(), 4,
                "سؤال للنقاش في الصف");
        TableSheet figures = new TableSheet("t1", "عدد أفراد البعثة كما يرد في كل مقال",
                List.of("المقال", "التاريخ", "العدد كما ورد", "لماذا يختلف؟"),
                List.of(List.of(A.title(), "2021-03", "أكثر من 300 شخص", ""),
                        List.of(B.title(), "2020-10", "500 عنصر", "")),
                List.of(2, 3), List.of(size, sizeB), 4, "");
        TableSheet claims = new TableSheet("t2", "تتبّع التصريحات",
                List.of("التصريح", "القائل", "فعل القول", "الحكم"),
                List.of(List.of("مهمتنا غير قتالية", "الجنرال بيير أولسن", "أضاف", "تؤيده مقالات أخرى")),
                List.of(3), List.of(source(A, "ومهمتنا غير قتالية")), 2, "");
        Instant created = Instant.parse("2025-02-03T08:30:00Z");
        return new Lesson("nato-iraq-1", "بعثة الناتو في العراق", Language.AR,
                List.of(ArticleRefs.of(A), ArticleRefs.of(B)),
                List.of(new Section(SectionKind.VOCABULARY, new Instructions("اقرأ الكلمات ثم أكمل الفراغات.", "Read the words, then fill the gaps."),
                                List.of(mission, gap, match), List.of("بحماية", "المشورة"), List.of("تُركت كلمة \"ينف\" لأنها جذع وليست كلمة.")),
                        new Section(SectionKind.COMPREHENSION, new Instructions("أجب عن الأسئلة.", "Answer the questions."),
                                List.of(mc, tf, order, who, open), List.of(), List.of()),
                        new Section(SectionKind.COMPARISON, new Instructions("قارن بين المقالين.", ""),
                                List.of(figures), List.of(), List.of()),
                        new Section(SectionKind.CLAIMS, new Instructions("", "Track the claims."),
                                List.of(claims), List.of(), List.of())),
                42L, created);
    }

    /**
     * {@link #everyType()} with three more items for answering and grading: a typed gap-fill where
     * ال is optional (g2, in the vocabulary section), a short answer written with a slash (c6) and a
     * false statement (c8); ال is optional in g2 only. 22 points in 12 scored items.
     */
    public static Lesson forStudents() {
        Lesson base = everyType();
        String advice = sentence(A, "وبناء على طلب بغداد").text();
        GapFill typed = new GapFill("g2", advice.replaceFirst("المشورة", GapFill.GAP), "المشورة", List.of(),
                List.of(source(A, "وبناء على طلب بغداد")), 1, "الطالب يكتب الكلمة");
        ShortAnswer month = new ShortAnswer("c6", "في أي شهر أعلن ستولتنبرغ زيادة أفراد البعثة؟", "فبراير/ شباط",
                List.of("شباط", "فبراير"), List.of(source(A, "4 آلاف عنصر")), 1, "");
        TrueFalse role = new TrueFalse("c8", "ستأخذ قوات الناتو دور القوات الأميركية في العراق.", false,
                List.of(source(A, "ولن تأخذ دور القوات الأميركية")), 1, "العبارة خاطئة: أولسن ينفي ذلك");
        List<Section> sections = new ArrayList<>(base.sections());
        Section vocabulary = sections.get(0);
        sections.set(0, vocabulary.withItems(List.of(vocabulary.items().get(0), vocabulary.items().get(1), typed,
                vocabulary.items().get(2))));
        Section comprehension = sections.get(1);
        List<Item> questions = new ArrayList<>(comprehension.items());
        questions.add(month);
        questions.add(role);
        sections.set(1, comprehension.withItems(questions));
        return base.withSections(sections).withRules(AnswerRules.STRICT.withItem("g2", true));
    }

    /** {@link #forStudents()} under another id and title, as another lesson. */
    public static Lesson another() {
        Lesson l = forStudents();
        return new Lesson("nato-iraq-2", "درس آخر عن الناتو", l.language(), l.articles(), l.sections(), l.seed(), l.created(), l.rules());
    }
}
