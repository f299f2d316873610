package org.maqal.export.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.maqal.export.BidiText;
import org.maqal.export.ExportOptions;
import org.maqal.export.Labels;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/**
 * A Word document being written: the page (paper, margins, direction of the lesson's language, page
 * numbers in the footer), default fonts and styles, and paragraphs whose text is cut into runs by
 * direction ({@link BidiText}) so that Arabic runs carry {@code w:rtl} with the complex-script font
 * and size, while numbers and Latin words sit in runs of their own without it. Not thread-safe: one
 * per document being written.
 */
final class WordDocument {
    static final int MARGIN = 1021;
    /** A range of numbers ("2004 - 2011"), kept on one line. */
    private static final Pattern RANGE = Pattern.compile("(\\d) ([-–]) (\\d)");
    private static final int FOOTER_DISTANCE = 567;

    private final XWPFDocument doc = new XWPFDocument();
    private final Labels labels;
    private final String font;
    private final ExportOptions options;
    private int textWidth;
    private boolean landscape;
    private boolean portraitNext;
    private String footerId;

    WordDocument(Labels labels, ExportOptions options, String title) {
        this.labels = labels;
        this.font = options.font();
        this.options = options;
        this.textWidth = options.paper().width() - 2 * MARGIN;
        new DocumentStyles(font, labels.rightToLeft()).applyTo(doc);
        CTSectPr body = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        page(body, false);
        footer();
        doc.getProperties().getCoreProperties().setTitle(title);
        doc.getProperties().getCoreProperties().setCreator("Maqal");
    }

    Labels labels() {
        return labels;
    }

    String font() {
        return font;
    }

    /**
     * Ends the portrait pages here and starts landscape ones, for a table too wide for portrait;
     * {@link #endLandscape()} goes back. Nothing happens when the pages are landscape already.
     * The footer carries on.
     */
    void startLandscape() {
        portraitNext = false;
        if (landscape) return;
        pagesWithFooter(pPr(doc.createParagraph()).addNewSectPr(), false);
        landscape = true;
        textWidth = options.paper().height() - 2 * MARGIN;
    }

    /**
     * Goes back to portrait pages for whatever comes next; when nothing does, the document simply
     * ends on landscape pages (no empty page after them).
     */
    void endLandscape() {
        if (landscape) portraitNext = true;
    }

    /** Called before any new paragraph or table: ends landscape pages that were ended. */
    private void beforeContent() {
        if (!portraitNext) return;
        portraitNext = false;
        landscape = false;
        pagesWithFooter(pPr(doc.createParagraph()).addNewSectPr(), true);
        textWidth = options.paper().width() - 2 * MARGIN;
    }

    /** A new table of one row (see {@link WordTable}). */
    XWPFTable table(int columns) {
        beforeContent();
        return doc.createTable(1, columns);
    }

    /** The width between the margins of a portrait page, in twips. */
    int portraitWidth() {
        return options.paper().width() - 2 * MARGIN;
    }

    /** The width between the margins of the current pages, in twips. */
    int textWidth() {
        return textWidth;
    }

    XWPFDocument document() {
        return doc;
    }

    /** A new empty paragraph in the direction of the lesson's language. */
    XWPFParagraph paragraph() {
        return paragraph(labels.rightToLeft());
    }

    /** A new empty paragraph in a direction. */
    XWPFParagraph paragraph(boolean rightToLeft) {
        beforeContent();
        XWPFParagraph p = doc.createParagraph();
        if (rightToLeft) pPr(p).addNewBidi();
        return p;
    }

    /** A new paragraph holding the text, in the text's own direction. */
    XWPFParagraph paragraph(String text, Style style) {
        XWPFParagraph p = paragraph(direction(text));
        text(p, text, style);
        return p;
    }

    /** The direction for a text: its first strong letter's, or the lesson's when it has none. */
    boolean direction(String text) {
        return BidiText.hasLetters(text) ? BidiText.isRightToLeft(text) : labels.rightToLeft();
    }

    /** Appends the text to a paragraph as runs of one direction each; a line break becomes a break. */
    void text(XWPFParagraph p, String text, Style style) {
        boolean rtl = pPr(p).isSetBidi();
        String[] lines = BidiText.markDates(RANGE.matcher(text).replaceAll("$1\u00A0$2\u00A0$3")).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) p.createRun().addBreak();
            for (BidiText.Run run : BidiText.runs(lines[i], rtl)) {
                XWPFRun r = p.createRun();
                format(r, style, run.rightToLeft());
                r.setText(run.text());
            }
        }
    }

    /**
     * Appends a short text of the other direction than the paragraph's (an English "(2 pt)" after
     * an Arabic prompt) between two marks of its direction, so it reads as a unit at the end of
     * the line instead of being split around the paragraph's direction.
     */
    void isolated(XWPFParagraph p, String text, Style style) {
        boolean paragraph = pPr(p).isSetBidi();
        boolean own = direction(text);
        String mark = own ? "\u200F" : "\u200E";
        text(p, own == paragraph ? text : mark + text + mark, style);
    }

    /** Sets a run's font, size, weight and direction, in the element order Word expects. */
    void format(XWPFRun run, Style style, boolean rightToLeft) {
        CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = pr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        if (style.bold()) {
            pr.addNewB();
            pr.addNewBCs();
        }
        if (style.italic()) {
            pr.addNewI();
            pr.addNewICs();
        }
        if (style.color() != null) pr.addNewColor().setVal(style.color());
        pr.addNewSz().setVal(BigInteger.valueOf(style.size()));
        pr.addNewSzCs().setVal(BigInteger.valueOf(style.arabicSize()));
        if (style.superscript()) pr.addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        if (rightToLeft) {
            pr.addNewRtl();
            pr.addNewLang().setBidi("ar-SA");
        }
    }

    /** Space before and after a paragraph, in twips. */
    static void spacing(XWPFParagraph p, int before, int after) {
        CTPPr pPr = pPr(p);
        CTSpacing s = pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing();
        s.setBefore(BigInteger.valueOf(before));
        s.setAfter(BigInteger.valueOf(after));
    }

    /** Keeps the paragraph on the page of the next one (a question with its answer space). */
    static void keepNext(XWPFParagraph p) {
        pPr(p).addNewKeepNext();
    }

    static void center(XWPFParagraph p) {
        pPr(p).addNewJc().setVal(STJc.CENTER);
    }

    /** A line to write on: a tab filled with dots across the whole width. */
    XWPFParagraph answerLine() {
        XWPFParagraph p = paragraph();
        CTTabStop tab = pPr(p).addNewTabs().addNewTab();
        tab.setVal(labels.rightToLeft() ? STTabJc.LEFT : STTabJc.RIGHT);
        tab.setLeader(STTabTlc.DOT);
        tab.setPos(BigInteger.valueOf(textWidth - 20));
        spacing(p, 200, 0);
        XWPFRun r = p.createRun();
        format(r, Style.BODY.colored("A6A6A6"), labels.rightToLeft());
        r.addTab();
        return p;
    }

    /** A picture on a centred line of its own, kept on the page of what follows it (its caption). */
    void picture(byte[] png, String name, int widthPoints, int heightPoints) {
        XWPFParagraph p = paragraph();
        center(p);
        keepNext(p);
        spacing(p, 200, 40);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, name,
                    Units.toEMU(widthPoints), Units.toEMU(heightPoints));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot add the picture " + name, e);
        }
    }

    /** A page break before the paragraph. */
    static void pageBreakBefore(XWPFParagraph p) {
        pPr(p).addNewPageBreakBefore();
    }

    /** The document as the bytes of a .docx file. */
    byte[] bytes() {
        if (landscape) {
            CTSectPr body = doc.getDocument().getBody().getSectPr();
            body.unsetPgSz();
            body.unsetPgMar();
            if (body.isSetBidi()) body.unsetBidi();
            page(body, true);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a document in memory", e);
        }
    }

    static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    /**
     * A section that ends here, with the page numbers of the footer: Word and LibreOffice show a
     * section's footer only when the section refers to it, so each one must.
     */
    private void pagesWithFooter(CTSectPr sect, boolean landscape) {
        page(sect, landscape);
        var reference = sect.addNewFooterReference();
        reference.setType(STHdrFtr.DEFAULT);
        reference.setId(footerId);
    }

    /** Paper, orientation, margins and direction of a section. */
    private void page(CTSectPr sect, boolean landscape) {
        var size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? options.paper().height() : options.paper().width()));
        size.setH(BigInteger.valueOf(landscape ? options.paper().width() : options.paper().height()));
        if (landscape) size.setOrient(STPageOrientation.LANDSCAPE);
        var margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(FOOTER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        if (labels.rightToLeft()) sect.addNewBidi();
    }

    /** "Page N of M", centred, with PAGE and NUMPAGES fields. */
    private void footer() {
        XWPFFooter footer = new XWPFHeaderFooterPolicy(doc).createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        footerId = doc.getRelationId(footer);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        if (labels.rightToLeft()) pPr(p).addNewBidi();
        center(p);
        boolean rtl = labels.rightToLeft();
        footerText(p, labels.get("page") + " ", rtl);
        field(p, "PAGE", rtl);
        footerText(p, " " + labels.get("page.of") + " ", rtl);
        field(p, "NUMPAGES", rtl);
    }

    private void footerText(XWPFParagraph p, String text, boolean rtl) {
        XWPFRun r = p.createRun();
        format(r, Style.SMALL, rtl);
        r.setText(text);
    }

    private void field(XWPFParagraph p, String code, boolean rtl) {
        XWPFRun begin = p.createRun();
        format(begin, Style.SMALL, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        format(instr, Style.SMALL, false);
        var text = instr.getCTR().addNewInstrText();
        text.setStringValue(" " + code + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        XWPFRun separate = p.createRun();
        format(separate, Style.SMALL, false);
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun value = p.createRun();
        format(value, Style.SMALL, false);
        value.setText("1");
        XWPFRun end = p.createRun();
        format(end, Style.SMALL, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
