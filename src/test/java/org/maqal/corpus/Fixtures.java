package org.maqal.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test fixtures: the bundled corpus articles, and files made in the test (Word documents built with java.util.zip). */
final class Fixtures {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml"
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>
            """;

    private Fixtures() {
    }

    /** The text of the bundled article whose file name starts with the prefix ("001"). */
    static String article(String prefix) throws IOException {
        return Files.readString(articleFile(prefix), StandardCharsets.UTF_8);
    }

    static Path articleFile(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_") && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
        }
    }

    /** A .docx whose body holds the given WordprocessingML (paragraphs). */
    static byte[] docx(String bodyXml) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("word/document.xml", document(bodyXml));
        return zip(parts);
    }

    static String document(String bodyXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + bodyXml + "</w:body></w:document>";
    }

    /** One paragraph with one run of text. */
    static String paragraph(String text) {
        return "<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Path write(Path folder, String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    static Path write(Path folder, String name, String text) throws IOException {
        return write(folder, name, text.getBytes(StandardCharsets.UTF_8));
    }
}
