package org.maqal.export.moodle;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.maqal.export.lms.Html;
import org.maqal.export.lms.LmsCategory;
import org.maqal.export.lms.LmsQuestion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes platform questions as Moodle XML ({@code <quiz>}), the format Moodle's question bank
 * imports: a category question per section ({@code $course$/top/lesson/section}), then multichoice,
 * truefalse, shortanswer, matching, gapselect (a gap with the section's word bank) and essay
 * questions, each with its text as HTML in CDATA, its source sentence as general feedback, its
 * points as default grade and the item's id as idnumber. UTF-8, indented. Stateless.
 */
public final class MoodleXml {
    private MoodleXml() {
    }

    /** The categories as the bytes of a Moodle XML file. */
    public static byte[] write(List<LmsCategory> categories, boolean rightToLeft) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element quiz = doc.createElement("quiz");
            doc.appendChild(quiz);
            for (LmsCategory category : categories) {
                Element c = question(doc, quiz, "category");
                text(doc, child(doc, c, "category"), "$course$/top/" + category.categoryPath());
                if (!category.info().isEmpty()) html(doc, c, "info", category.info());
                for (LmsQuestion q : category.questions()) question(doc, quiz, q, rightToLeft);
            }
            return serialize(doc);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("this Java cannot write XML", e);
        }
    }

    private static void question(Document doc, Element quiz, LmsQuestion q, boolean rtl) {
        Element e = question(doc, quiz, type(q));
        text(doc, child(doc, e, "name"), q.name());
        html(doc, e, "questiontext", "gapselect".equals(type(q)) ? gapText(q, rtl) : q.text());
        html(doc, e, "generalfeedback", q.feedback());
        value(doc, e, "defaultgrade", String.format(Locale.ROOT, "%.7f", (double) q.points()));
        value(doc, e, "penalty", "0.3333333");
        value(doc, e, "hidden", "0");
        value(doc, e, "idnumber", q.id());
        switch (q.kind()) {
            case MULTIPLE_CHOICE -> choices(doc, e, q.choices(), rtl);
            case GAP -> {
                if (q.choices().isEmpty()) accepted(doc, e, q.accepted());
                else if (q.wordBank()) selectOptions(doc, e, q.choices());
                else choices(doc, e, q.choices(), rtl);
            }
            case TRUE_FALSE -> {
                answer(doc, e, q.correct() ? 100 : 0, "true", "moodle_auto_format");
                answer(doc, e, q.correct() ? 0 : 100, "false", "moodle_auto_format");
            }
            case SHORT_ANSWER -> accepted(doc, e, q.accepted());
            case MATCHING -> {
                value(doc, e, "shuffleanswers", "true");
                for (LmsQuestion.Pair p : q.pairs()) {
                    Element sub = child(doc, e, "subquestion");
                    sub.setAttribute("format", "html");
                    cdata(doc, child(doc, sub, "text"), Html.span(p.left(), rtl));
                    text(doc, child(doc, sub, "answer"), p.right());
                }
            }
            case ESSAY -> {
                value(doc, e, "responseformat", "editor");
                value(doc, e, "responserequired", "1");
                value(doc, e, "responsefieldlines", q.template().isEmpty() ? "10" : "20");
                value(doc, e, "attachments", "0");
                value(doc, e, "attachmentsrequired", "0");
                html(doc, e, "graderinfo", q.guidance());
                html(doc, e, "responsetemplate", q.template());
            }
        }
    }

    /** Moodle's type: a gap offered the section's word bank is a gapselect (a drop-down in the sentence), one with choices of its own a multichoice. */
    private static String type(LmsQuestion q) {
        return switch (q.kind()) {
            case MULTIPLE_CHOICE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case SHORT_ANSWER -> "shortanswer";
            case MATCHING -> "matching";
            case ESSAY -> "essay";
            case GAP -> q.choices().isEmpty() ? "shortanswer" : q.wordBank() ? "gapselect" : "multichoice";
        };
    }

    private static String gapText(LmsQuestion q, boolean rtl) {
        return "<p dir=\"" + Html.dir(q.prompt(), rtl) + "\">" + Html.escape(q.gap().get(0)) + "[[1]]" + Html.escape(q.gap().get(1)) + "</p>";
    }

    private static void selectOptions(Document doc, Element e, List<LmsQuestion.Choice> choices) {
        value(doc, e, "shuffleanswers", "1");
        LmsQuestion.Choice right = choices.stream().filter(LmsQuestion.Choice::right).findFirst().orElseThrow();
        option(doc, e, right.text());
        for (LmsQuestion.Choice c : choices) if (!c.right()) option(doc, e, c.text());
    }

    private static void option(Document doc, Element e, String text) {
        Element o = child(doc, e, "selectoption");
        text(doc, o, text);
        value(doc, o, "group", "1");
    }

    private static void choices(Document doc, Element e, List<LmsQuestion.Choice> choices, boolean rtl) {
        value(doc, e, "single", "true");
        value(doc, e, "shuffleanswers", "true");
        value(doc, e, "answernumbering", rtl ? "none" : "abc");
        for (LmsQuestion.Choice c : choices) answer(doc, e, c.right() ? 100 : 0, Html.span(c.text(), rtl), "html");
    }

    private static void accepted(Document doc, Element e, List<String> answers) {
        value(doc, e, "usecase", "0");
        for (String a : answers) answer(doc, e, 100, a, "moodle_auto_format");
    }

    private static void answer(Document doc, Element e, int fraction, String text, String format) {
        Element a = child(doc, e, "answer");
        a.setAttribute("fraction", Integer.toString(fraction));
        a.setAttribute("format", format);
        Element t = child(doc, a, "text");
        if ("html".equals(format)) cdata(doc, t, text);
        else t.setTextContent(text);
        html(doc, a, "feedback", "");
    }

    private static Element question(Document doc, Element quiz, String type) {
        Element q = child(doc, quiz, "question");
        q.setAttribute("type", type);
        return q;
    }

    private static void html(Document doc, Element parent, String name, String html) {
        Element e = child(doc, parent, name);
        e.setAttribute("format", "html");
        cdata(doc, child(doc, e, "text"), html);
    }

    private static void text(Document doc, Element parent, String text) {
        child(doc, parent, "text").setTextContent(text);
    }

    private static void value(Document doc, Element parent, String name, String value) {
        child(doc, parent, name).setTextContent(value);
    }

    private static void cdata(Document doc, Element e, String html) {
        if (!html.isEmpty()) e.appendChild(doc.createCDATASection(html));
    }

    private static Element child(Document doc, Element parent, String name) {
        Element e = doc.createElement(name);
        parent.appendChild(e);
        return e;
    }

    private static byte[] serialize(Document doc) throws TransformerException {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }
}
