package org.maqal.export.docx;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.maqal.export.ExportException;
import org.maqal.export.ExportOptions;
import org.maqal.export.Labels;
import org.maqal.export.SourceSentences;
import org.maqal.lesson.FileProblem;
import org.maqal.model.Article;
import org.maqal.model.ArticleRef;
import org.maqal.model.Lesson;
import org.maqal.model.Sentence;

/**
 * The reading handout: the lesson's articles, numbered as the answer key cites them, each with its
 * outlet and date, its paragraphs as written and a small blue number before every sentence,
 * counted from 1 as the key counts them. Stateless.
 */
final class HandoutWriter {
    /**
     * @throws ExportException when an article of the lesson is missing from the corpus or changed
     *                         since the lesson was made (its sentence numbers may no longer match)
     */
    byte[] write(Lesson lesson, SourceSentences texts, ExportOptions options) throws ExportException {
        Labels labels = Labels.of(lesson.language());
        for (ArticleRef ref : lesson.articles()) {
            switch (texts.status(ref.id())) {
                case MISSING -> throw ExportException.of(FileProblem.ARTICLE_MISSING, Path.of(ref.id() + ".txt"),
                        "The handout needs the text of article " + ref.id()
                        + ", which is not in the corpus; add it back or export without the handout.", null);
                case CHANGED -> throw ExportException.of(FileProblem.ARTICLE_CHANGED, Path.of(ref.id() + ".txt"),
                        "Article " + ref.id() + " changed since the lesson was made, so its sentence numbers may not match"
                        + " the questions; generate the lesson again or export without the handout.", null);
                default -> { }
            }
        }
        String title = labels.format("handout.title", lesson.title());
        WordDocument doc = new WordDocument(labels, options, title);
        new Layouts(doc).title(title, lesson);
        doc.paragraph(labels.get("handout.note"), Style.NOTE);
        for (int i = 0; i < lesson.articles().size(); i++) {
            ArticleRef ref = lesson.articles().get(i);
            Article article = texts.article(ref.id()).orElseThrow();
            XWPFParagraph h = doc.paragraph();
            h.setStyle(DocumentStyles.HEADING);
            WordDocument.spacing(h, 360, 40);
            WordDocument.keepNext(h);
            doc.text(h, labels.format("handout.article", labels.number(i + 1)) + ": " + article.title(), Style.HEADING);
            XWPFParagraph meta = doc.paragraph();
            WordDocument.spacing(meta, 0, 120);
            String outlet = ref.outlet().isBlank() ? labels.get("article.noOutlet") : ref.outlet();
            String date = ref.date().isBlank() ? labels.get("article.undated") : ref.date();
            doc.text(meta, outlet + " · " + date, Style.SMALL);
            paragraphs(doc, labels, article.text(), texts.sentences(ref.id()));
        }
        return doc.bytes();
    }

    /**
     * The sentence's number and a no-break space that keeps it with the sentence's first word
     * (brackets around it would let LibreOffice break the line between bracket and digit).
     */
    private static String marker(Labels labels, int index) {
        return labels.number(index + 1) + "\u00A0";
    }

    /** The text's paragraphs (its lines), each sentence opened by its number. */
    private static void paragraphs(WordDocument doc, Labels labels, String text, List<Sentence> sentences) {
        int next = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                XWPFParagraph p = doc.paragraph(doc.direction(text.substring(lineStart, lineEnd)));
                WordDocument.spacing(p, 0, 120);
                int at = lineStart;
                while (next < sentences.size() && sentences.get(next).start() < lineEnd) {
                    Sentence s = sentences.get(next++);
                    if (s.start() > at) doc.text(p, text.substring(at, s.start()), Style.BODY);
                    doc.text(p, marker(labels, s.index()), Style.MARKER);
                    doc.text(p, text.substring(s.start(), Math.min(s.end(), lineEnd)), s.headline() ? Style.STRONG : Style.BODY);
                    at = Math.min(s.end(), lineEnd);
                }
                if (at < lineEnd) doc.text(p, text.substring(at, lineEnd), Style.BODY);
            }
            lineStart = lineEnd + 1;
        }
    }
}
