package org.maqal.export.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles part of an exported document: default font (Latin and complex script alike), size
 * and language, paragraph spacing, and the Title and Heading 1 styles that give Word's navigation
 * pane an outline. Direct formatting on runs does the rest.
 */
final class DocumentStyles {
    static final String TITLE = "Title";
    static final String HEADING = "Heading1";

    private final String font;
    private final boolean rightToLeft;

    DocumentStyles(String font, boolean rightToLeft) {
        this.font = font;
        this.rightToLeft = rightToLeft;
    }

    void applyTo(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        fonts.setEastAsia(font);
        rPr.addNewSz().setVal(BigInteger.valueOf(Style.BODY.size()));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(Style.BODY.arabicSize()));
        var lang = rPr.addNewLang();
        lang.setVal(rightToLeft ? "ar-SA" : "en-GB");
        lang.setBidi("ar-SA");
        var spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(80));
        spacing.setLine(BigInteger.valueOf(264));
        spacing.setLineRule(STLineSpacingRule.AUTO);

        CTStyle normal = style(styles, "Normal", "Normal");
        normal.setDefault(true);
        CTStyle title = style(styles, TITLE, "Title");
        title.addNewBasedOn().setVal("Normal");
        outline(title, 0);
        CTStyle heading = style(styles, HEADING, "heading 1");
        heading.addNewBasedOn().setVal("Normal");
        outline(heading, 0);
        doc.createStyles().setStyles(styles);
    }

    private static CTStyle style(CTStyles styles, String id, String name) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        return s;
    }

    private static void outline(CTStyle style, int level) {
        CTPPrGeneral pPr = style.addNewPPr();
        pPr.addNewKeepNext();
        pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
    }
}
