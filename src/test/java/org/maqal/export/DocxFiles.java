package org.maqal.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** Reads exported Word documents back with POI, as a test checks them. */
public final class DocxFiles {
    private DocxFiles() {
    }

    public static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every paragraph, those in table cells included, in document order. */
    static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>();
        collect(doc.getBodyElements(), out);
        return out;
    }

    /** Text as a reader sees it: no-break spaces as spaces, left-to-right marks gone. */
    public static String plain(String text) {
        return text.replace('\u00A0', ' ').replace("\u200E", "");
    }

    /** Every table, in document order. */
    static List<XWPFTable> tables(XWPFDocument doc) {
        return doc.getTables();
    }

    /** The text of every paragraph, one a line. */
    public static String text(XWPFDocument doc) {
        StringBuilder out = new StringBuilder();
        for (XWPFParagraph p : paragraphs(doc)) out.append(plain(p.getText())).append('\n');
        return out.toString();
    }

    /**
     * What the OOXML schemas find wrong in the XML parts Maqal writes (body, styles, footers,
     * settings), each parsed back with its own schema type; empty when everything is valid.
     */
    public static List<String> schemaErrors(byte[] docx) {
        List<String> errors = new ArrayList<>();
        int checked = 0;
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            for (PackagePart part : pkg.getParts()) {
                String name = part.getPartName().getName();
                if (!name.matches("/word/(document|styles|settings|footer\\d*)\\.xml")) continue;
                XmlObject xml;
                try (InputStream in = part.getInputStream()) {
                    if (name.equals("/word/document.xml")) xml = DocumentDocument.Factory.parse(in);
                    else if (name.equals("/word/styles.xml")) xml = StylesDocument.Factory.parse(in);
                    else if (name.equals("/word/settings.xml")) xml = SettingsDocument.Factory.parse(in);
                    else xml = FtrDocument.Factory.parse(in);
                }
                checked++;
                List<XmlError> found = new ArrayList<>();
                if (!xml.validate(new XmlOptions().setErrorListener(found))) {
                    for (XmlError e : found) errors.add(name + ": " + e.getMessage() + " at " + e.getCursorLocation().xmlText().substring(0, 120));
                }
            }
        } catch (Exception e) {
            errors.add("cannot read the package: " + e);
        }
        if (checked < 4) errors.add("only " + checked + " parts to validate");
        return errors;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) collect(cell.getBodyElements(), out);
                }
            }
        }
    }
}
