package org.maqal.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.maqal.text.ArabicLetters;

/**
 * Finds the encoding of text bytes from evidence, never by a blind guess: a byte-order mark;
 * UTF-16 without one when every other byte is 0x00 or 0x06; strict UTF-8; and last Windows-1256 or
 * ISO-8859-6 when the characters their high bytes (0x80-0xFF) decode to are Arabic letters,
 * diacritics and punctuation, not Latin letters in the middle of Arabic words. Only the high bytes
 * count, so markup around the text (HTML) does not hide the evidence. Stateless.
 */
final class EncodingDetector {
    /** Encodings tried, in order, for bytes that are not UTF-8. */
    private static final List<String> SINGLE_BYTE = List.of("windows-1256", "ISO-8859-6");
    private static final String PUNCTUATION = "،؛؟٪٫٬“”‘’«»…–—•\u00A0×÷\u200C\u200D\u200E\u200F";

    private EncodingDetector() {
    }

    /**
     * A found encoding.
     *
     * @param charset the charset to decode with
     * @param skip    how many bytes of byte-order mark to skip
     * @param label   how a teacher reads it: {@code UTF-8}, {@code UTF-16LE (BOM)}, {@code windows-1256}
     */
    record Detection(Charset charset, int skip, String label) {
    }

    /** The encoding marked by a byte-order mark, if the bytes start with one. */
    static Optional<Detection> byteOrderMark(byte[] b) {
        if (b.length >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
            return found("UTF-32LE", 4, "UTF-32LE (BOM)");
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
            return found("UTF-32BE", 4, "UTF-32BE (BOM)");
        }
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return Optional.of(new Detection(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)"));
        }
        if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return Optional.of(new Detection(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)"));
        }
        if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return Optional.of(new Detection(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)"));
        }
        return Optional.empty();
    }

    /** UTF-16 without a byte-order mark: Arabic text where every other byte is 0x00 or 0x06 (the Arabic block). */
    static Optional<Detection> utf16WithoutMark(byte[] b) {
        if (b.length < 8 || b.length % 2 != 0) return Optional.empty();
        for (int high = 0; high <= 1; high++) {
            int arabic = 0;
            int usual = 0;
            for (int i = high; i < b.length; i += 2) {
                if (b[i] == 0x06) arabic++;
                if (b[i] == 0x06 || b[i] == 0x00 || b[i] == 0x20 || (b[i] >= (byte) 0xFB && b[i] <= (byte) 0xFE)) usual++;
            }
            int pairs = b.length / 2;
            if (arabic * 5 >= pairs && usual * 100 >= pairs * 95) {
                return high == 1 ? Optional.of(new Detection(StandardCharsets.UTF_16LE, 0, "UTF-16LE (no BOM)"))
                        : Optional.of(new Detection(StandardCharsets.UTF_16BE, 0, "UTF-16BE (no BOM)"));
            }
        }
        return Optional.empty();
    }

    /** UTF-8, BOM-less UTF-16 or an Arabic single-byte encoding, whichever the evidence shows. */
    static Optional<Detection> withoutMark(byte[] bytes) {
        Optional<Detection> utf16 = utf16WithoutMark(bytes);
        if (utf16.isPresent() && decodeStrict(bytes, utf16.get()).isPresent()) return utf16;
        Detection utf8 = new Detection(StandardCharsets.UTF_8, 0, "UTF-8");
        if (decodeStrict(bytes, utf8).isPresent()) return Optional.of(utf8);
        return singleByteArabic(bytes);
    }

    /** Windows-1256 or ISO-8859-6, when the high bytes decode to plausible Arabic. */
    static Optional<Detection> singleByteArabic(byte[] bytes) {
        for (String name : SINGLE_BYTE) {
            if (!Charset.isSupported(name)) continue;
            Detection candidate = new Detection(Charset.forName(name), 0, name);
            Optional<String> text = decodeStrict(bytes, candidate);
            if (text.isPresent() && plausibleArabic(text.get(), bytes)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** The text, or empty when the bytes are not valid in the encoding. */
    static Optional<String> decodeStrict(byte[] bytes, Detection d) {
        try {
            CharBuffer chars = d.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, d.skip(), bytes.length - d.skip()));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a single-byte decoding reads as Arabic: of the letters its high bytes decode to, at
     * least nine in ten are in the Arabic script; at most one high byte in twenty decodes to
     * something that is neither a letter, Arabic (diacritics, tatweel, punctuation) nor usual
     * punctuation; and hardly any word mixes Arabic with other letters (the mark of the wrong
     * Arabic code page).
     */
    static boolean plausibleArabic(String text, byte[] bytes) {
        int high = 0;
        int highOtherLetters = 0;
        int highArabic = 0;
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            if ((bytes[i] & 0x80) == 0) continue;
            char c = text.charAt(i);
            high++;
            if (ArabicLetters.isLetter(c)) highArabic++;
            boolean arabicScript = ArabicContentCheck.isArabicScript(c);
            if (Character.isLetter(c) && !arabicScript) highOtherLetters++;
            if (!Character.isLetter(c) && !arabicScript && PUNCTUATION.indexOf(c) < 0) odd++;
        }
        if (highArabic == 0 || highOtherLetters * 10 > highArabic + highOtherLetters || odd * 20 > high) return false;
        int arabicWords = 0;
        int mixedWords = 0;
        for (String word : text.split("[\\s\\p{P}\\p{S}\\d]+")) {
            boolean hasArabic = word.chars().anyMatch(c -> ArabicLetters.isLetter((char) c));
            boolean hasOther = word.chars().anyMatch(c -> Character.isLetter(c) && !ArabicContentCheck.isArabicScript(c));
            if (hasArabic) arabicWords++;
            if (hasArabic && hasOther) mixedWords++;
        }
        return mixedWords * 50 <= arabicWords;
    }

    private static Optional<Detection> found(String charset, int skip, String label) {
        return Charset.isSupported(charset) ? Optional.of(new Detection(Charset.forName(charset), skip, label)) : Optional.empty();
    }
}
