package org.maqal.corpus;

import java.nio.charset.StandardCharsets;

/** Recognises files that are not text by the signature they start with. Stateless. */
final class FileSignatures {
    private FileSignatures() {
    }

    /**
     * What kind of non-text file the bytes start like ("a PDF document", "a PNG image"), or
     * {@code null} when they start like no known binary format.
     */
    static String binaryKind(byte[] b) {
        if (startsWith(b, "%PDF-")) return "a PDF document";
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) return "a ZIP archive (for example a Word .docx file)";
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return "a PNG image";
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
        if (startsWith(b, "GIF87a") || startsWith(b, "GIF89a")) return "a GIF image";
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) return "an old Microsoft Office document (.doc)";
        if (startsWith(b, 0x1F, 0x8B)) return "a gzip archive";
        if (startsWith(b, "Rar!")) return "a RAR archive";
        if (startsWith(b, '7', 'z', 0xBC, 0xAF)) return "a 7-Zip archive";
        if (startsWith(b, "{\\rtf")) return "an RTF document";
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) return "a program";
        return null;
    }

    static boolean isZip(byte[] b) {
        return startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6);
    }

    private static boolean startsWith(byte[] bytes, String ascii) {
        return startsWith(bytes, ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        byte[] p = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) p[i] = (byte) prefix[i];
        return startsWith(bytes, p);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }
}
