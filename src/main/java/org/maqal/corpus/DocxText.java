package org.maqal.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word document ({@code .docx}), read from {@code word/document.xml} without Word or
 * Apache POI: one line per paragraph in document order, the {@code w:t} runs of a paragraph joined,
 * a tab ({@code w:tab}) as a space and a line break ({@code w:br}, {@code w:cr}) as a new line.
 * Deleted and moved-away text and the fallback copies of text boxes are left out. The title is the
 * first paragraph styled Title or Heading 1, else the document's own title property, else none.
 *
 * <p>Safe on hostile files: the XML is read with DTDs and external entities disabled, and no more
 * than {@value #MAX_XML_MB} MB is unpacked from the package. Refuses, with a one-sentence
 * {@link CorpusException}, a file that is not a ZIP package, a ZIP without
 * {@code word/document.xml}, a damaged package or XML, one that unpacks to too much, and text that
 * is not an Arabic article (see {@link TextDecoder}). Thread-safe; stateless.
 */
public final class DocxText {
    /** The most a {@code .docx} file itself may have: pictures make Word files larger than text. */
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    /** The most {@code word/document.xml} may unpack to, in MB. */
    static final int MAX_XML_MB = 64;
    private static final long MAX_XML_BYTES = MAX_XML_MB * 1024L * 1024;
    private static final Set<String> WORD_NAMESPACES = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

    /**
     * The article in a Word document.
     *
     * @throws CorpusException when the file is missing, too large, not a readable {@code .docx}, or
     *                         not an Arabic article
     */
    public SourceText read(Path file) throws CorpusException {
        String name = BoundedReader.nameOf(file);
        checkPackage(file, name);
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry document = zip.getEntry("word/document.xml");
            if (document == null) {
                throw new CorpusException(ImportProblem.NOT_DOCX, name, "The file " + name + " is a ZIP archive but not a Word document (it has no"
                        + " word/document.xml); save the article from Word or LibreOffice as .docx.");
            }
            Paragraphs body = paragraphs(open(zip, document, name));
            ZipEntry core = zip.getEntry("docProps/core.xml");
            String title = body.title().isEmpty() && core != null ? coreTitle(open(zip, core, name)) : body.title();
            String text = TextCleaner.clean(String.join("\n", body.lines()).strip());
            return new SourceText(ArabicContentCheck.require(text, name), title, "Word document (.docx)", "");
        } catch (ZipException | XMLStreamException e) {
            throw LimitExceeded.in(e) ? unpacksTooMuch(name) : damaged(name, e);
        } catch (IOException e) {
            if (LimitExceeded.in(e)) throw unpacksTooMuch(name);
            throw new CorpusException(ImportProblem.CANNOT_READ, name, "", "Cannot read " + file + " (" + e.getMessage()
                    + "); check that it is readable.", e);
        }
    }

    private static void checkPackage(Path file, String name) throws CorpusException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) throw BoundedReader.tooLarge(name, size, MAX_FILE_BYTES);
            head = in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw new CorpusException(ImportProblem.MISSING, name, "", "There is no file " + file + "; check the name and the folder.", e);
        } catch (IOException e) {
            throw new CorpusException(ImportProblem.CANNOT_READ, name, "", "Cannot read " + file + " (" + e.getMessage()
                    + "); check that it is readable.", e);
        }
        if (FileSignatures.isZip(head)) return;
        String kind = FileSignatures.binaryKind(head);
        throw new CorpusException(ImportProblem.NOT_DOCX, name, "The file " + name + " is not a Word .docx document (it is "
                + (kind != null ? kind : "not a ZIP package") + "); open it in Word or LibreOffice and save it as .docx.");
    }

    private static CorpusException damaged(String name, Exception e) {
        return new CorpusException(ImportProblem.DAMAGED_DOCX, name, "", "The Word document " + name
                + " is damaged and cannot be read; open it in Word or LibreOffice and save it again as .docx.", e);
    }

    private static InputStream open(ZipFile zip, ZipEntry entry, String name) throws IOException, CorpusException {
        if (entry.getSize() > MAX_XML_BYTES) throw unpacksTooMuch(name);
        return new LimitedInputStream(zip.getInputStream(entry), MAX_XML_BYTES);
    }

    private static CorpusException unpacksTooMuch(String name) {
        return new CorpusException(ImportProblem.DOCX_TOO_LARGE, name, MAX_XML_MB + " MB", "The Word document " + name
                + " unpacks to more than " + MAX_XML_MB
                + " MB of text, too much for one article; save the article on its own as .docx.", null);
    }

    private record Paragraphs(List<String> lines, String title) {
    }

    private static Paragraphs paragraphs(InputStream in) throws XMLStreamException, IOException {
        XMLStreamReader r = SafeXml.reader(in);
        List<String> lines = new ArrayList<>();
        Deque<StringBuilder> open = new ArrayDeque<>();
        Deque<String> styles = new ArrayDeque<>();
        String title = "";
        int runs = 0;
        boolean inText = false;
        try (in) {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = r.getLocalName();
                    if (skipped(r.getNamespaceURI(), local)) {
                        SafeXml.skipElement(r);
                    } else if (isWord(r.getNamespaceURI())) {
                        switch (local) {
                            case "p" -> {
                                open.push(new StringBuilder());
                                styles.push("");
                            }
                            case "pStyle" -> {
                                if (!styles.isEmpty()) {
                                    styles.pop();
                                    styles.push(SafeXml.attribute(r, "val"));
                                }
                            }
                            case "r" -> runs++;
                            case "t" -> inText = true;
                            case "tab" -> append(open, runs, " ");
                            case "br", "cr" -> append(open, runs, "\n");
                            default -> { }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && isWord(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "p" -> {
                            String line = open.pop().toString();
                            lines.add(line);
                            if (title.isEmpty() && isTitleStyle(styles.pop())) title = line.strip();
                        }
                        case "r" -> runs--;
                        case "t" -> inText = false;
                        default -> { }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText
                        && !open.isEmpty()) {
                    open.peek().append(r.getText());
                }
            }
        } finally {
            r.close();
        }
        return new Paragraphs(lines, title);
    }

    /** Moved-away text and fallback copies would repeat text that is also elsewhere. */
    private static boolean skipped(String namespace, String local) {
        return (MARKUP_COMPATIBILITY.equals(namespace) && local.equals("Fallback"))
                || (isWord(namespace) && (local.equals("moveFrom") || local.equals("del")));
    }

    /** Whether an element is WordprocessingML; elements in no namespace (null) are not. */
    private static boolean isWord(String namespace) {
        return namespace != null && WORD_NAMESPACES.contains(namespace);
    }

    private static void append(Deque<StringBuilder> open, int runs, String text) {
        if (runs > 0 && !open.isEmpty()) open.peek().append(text);
    }

    private static boolean isTitleStyle(String style) {
        String s = style.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        return s.equals("title") || s.equals("heading1");
    }

    private static String coreTitle(InputStream in) throws XMLStreamException, IOException {
        XMLStreamReader r = SafeXml.reader(in);
        try (in) {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && DUBLIN_CORE.equals(r.getNamespaceURI())
                        && r.getLocalName().equals("title")) {
                    return r.getElementText().strip();
                }
            }
            return "";
        } finally {
            r.close();
        }
    }

    /** Stops reading past a limit, so a small package cannot unpack to gigabytes (a zip bomb). */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws IOException {
            count += n;
            if (count > limit) throw new LimitExceeded();
        }
    }

    /** Thrown by {@link LimitedInputStream}; the XML parser may wrap it, so it is looked for among the causes. */
    private static final class LimitExceeded extends IOException {
        static boolean in(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof LimitExceeded) return true;
                if (c instanceof XMLStreamException x && x.getNestedException() instanceof LimitExceeded) return true;
            }
            return false;
        }
    }
}
