package org.maqal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maqal.model.Lesson;
import org.maqal.testing.Seeds;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Moodle XML file parsed back as Moodle's importer reads it. */
class MoodleXmlTest {
    private static Lesson lesson;
    private static Document xml;

    @BeforeAll
    static void export() throws Exception {
        lesson = ExportFixtures.lesson();
        byte[] bytes = new LessonExporter(ExportOptions.defaults())
                .files(lesson, SourceSentences.of(lesson, Seeds.corpus().articles()), ExportFormat.MOODLE_XML).values().iterator().next();
        xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void oneCategoryPerSectionUnderTheLessonTitle() {
        List<String> categories = questions("category").stream().map(q -> text(child(q, "category"))).toList();
        assertThat(categories).containsExactly(
                "$course$/top/" + lesson.title() + "/المفردات", "$course$/top/" + lesson.title() + "/الفهم والاستيعاب",
                "$course$/top/" + lesson.title() + "/المقارنة بين المصادر", "$course$/top/" + lesson.title() + "/تتبّع التصريحات");
        assertThat(text(child(questions("category").get(1), "info"))).isEqualTo("<p dir=\"rtl\">أجب عن الأسئلة التالية.</p>");
    }

    @Test
    void everyGradableItemIsAQuestionOfItsKindAndOpenOnesAreEssays() {
        assertThat(idnumbers("multichoice")).containsExactly("g-500", "c-size");
        assertThat(idnumbers("truefalse")).containsExactly("c-stay");
        assertThat(idnumbers("gapselect")).containsExactly("g-brussels");
        assertThat(idnumbers("matching")).containsExactly("m-glosses", "c-order");
        assertThat(idnumbers("shortanswer")).containsExactly("c-who");
        assertThat(idnumbers("essay")).containsExactly("c-why", "t-figures", "t-claims");
        assertThat(xml.getElementsByTagName("idnumber").getLength()).as("no vocabulary entry becomes a question").isEqualTo(10);
    }

    @Test
    void questionTextIsMarkedRightToLeft() {
        for (String type : List.of("multichoice", "truefalse", "gapselect", "matching", "shortanswer", "essay")) {
            for (Element q : questions(type)) assertThat(text(child(q, "questiontext"))).startsWith("<p dir=\"rtl\">");
        }
        Element tf = questions("truefalse").get(0);
        assertThat(text(child(tf, "questiontext"))).isEqualTo("<p dir=\"rtl\">" + ExportFixtures.MIXED_PROMPT + "</p>");
        assertThat(child(tf, "questiontext").getAttribute("format")).isEqualTo("html");
    }

    @Test
    void rightAnswersCarryFullMarks() {
        Element mc = byId("c-size");
        List<String> right = new ArrayList<>();
        NodeList answers = mc.getElementsByTagName("answer");
        for (int i = 0; i < answers.getLength(); i++) {
            Element a = (Element) answers.item(i);
            if ("100".equals(a.getAttribute("fraction"))) right.add(text(a));
        }
        assertThat(right).containsExactly("<span dir=\"rtl\">500 عنصر</span>");
        assertThat(answers.getLength()).isEqualTo(3);
        Element tf = byId("c-stay");
        assertThat(((Element) tf.getElementsByTagName("answer").item(1)).getAttribute("fraction")).isEqualTo("100");
        assertThat(text((Element) tf.getElementsByTagName("answer").item(1))).isEqualTo("false");
        Element who = byId("c-who");
        assertThat(texts(who, "answer")).containsExactly("اندرس فو راسموسن", "راسموسن", "أندرس فو راسموسن");
        assertThat(child(who, "usecase").getTextContent()).isEqualTo("0");
        assertThat(child(byId("c-why"), "defaultgrade").getTextContent()).isEqualTo("4.0000000");
    }

    @Test
    void aWordBankGapIsADropDownInTheSentenceAndOrderingMatchesEntriesToPlaces() {
        Element gap = byId("g-brussels");
        assertThat(text(child(gap, "questiontext"))).contains("اجتماع لسفراء الحلف في [[1]]");
        assertThat(texts(gap, "selectoption")).containsExactly("بروكسل", "بغداد", "واشنطن");
        Element order = byId("c-order");
        List<String> pairs = new ArrayList<>();
        NodeList subs = order.getElementsByTagName("subquestion");
        for (int i = 0; i < subs.getLength(); i++) {
            Element sub = (Element) subs.item(i);
            pairs.add(text(sub).replaceAll("<[^>]+>", "") + " → " + text(child(sub, "answer")));
        }
        assertThat(pairs).containsExactly("اجتماع وزراء الدفاع في بروكسل في أكتوبر 2020 → ٣",
                "بدء مهمة الحلف في العراق عام 2004 → ١", "انسحاب التحالف بحلول سبتمبر 2025 → ٤", "انتهاء مهمة التدريب في ديسمبر 2011 → ٢");
    }

    @Test
    void theSourceSentenceIsTheFeedbackAndSheetsBecomeTablesToFillIn() {
        String feedback = text(child(byId("c-size"), "generalfeedback"));
        assertThat(feedback).startsWith("<p dir=\"rtl\">المصدر: النص ٤ «").contains("ويوجد حالياً في العراق 500 عنصر من حلف الأطلسي");
        Element claims = byId("t-claims");
        assertThat(text(child(claims, "responsetemplate"))).startsWith("<table dir=\"rtl\"").contains("<th>الحكم</th>")
                .doesNotContain("مؤيَّد");
        assertThat(text(child(claims, "graderinfo"))).contains("مؤيَّد");
    }

    private static List<Element> questions(String type) {
        List<Element> out = new ArrayList<>();
        NodeList all = xml.getElementsByTagName("question");
        for (int i = 0; i < all.getLength(); i++) {
            Element q = (Element) all.item(i);
            if (q.getAttribute("type").equals(type)) out.add(q);
        }
        return out;
    }

    private static List<String> idnumbers(String type) {
        return questions(type).stream().map(q -> child(q, "idnumber").getTextContent()).toList();
    }

    private static Element byId(String id) {
        NodeList all = xml.getElementsByTagName("question");
        for (int i = 0; i < all.getLength(); i++) {
            Element q = (Element) all.item(i);
            if (q.getElementsByTagName("idnumber").getLength() > 0 && child(q, "idnumber").getTextContent().equals(id)) return q;
        }
        throw new AssertionError("no question " + id);
    }

    private static Element child(Element parent, String name) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) return e;
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    /** The content of an element's {@code <text>} child. */
    private static String text(Element e) {
        return child(e, "text").getTextContent();
    }

    private static List<String> texts(Element q, String tag) {
        List<String> out = new ArrayList<>();
        NodeList list = q.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) out.add(text((Element) list.item(i)));
        return out;
    }
}
