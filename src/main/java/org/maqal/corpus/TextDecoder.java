package org.maqal.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.maqal.corpus.EncodingDetector.Detection;
import org.maqal.text.ArabicLetters;

/**
 * Turns the bytes of a text file into the text of an Arabic article.
 *
 * <p>Accepts UTF-8 with or without a byte-order mark, UTF-16 (LE or BE) and UTF-32 with a
 * byte-order mark, UTF-16 without one when the bytes show it, and Windows-1256 (or ISO-8859-6)
 * only when the decoded text reads as Arabic. Line endings become {@code \n}; NUL and other
 * control characters are removed (see {@link TextCleaner}); everything else is kept as written.
 *
 * <p>Refuses, with a {@link CorpusException} whose message is one sentence saying what is wrong
 * and what to do: files over 20 MB (checked before reading), empty or blank
 * files, binary files (a known signature such as PDF, ZIP or PNG, or many control bytes), bytes in
 * no encoding it can recognise, text with no Arabic letters or mostly in another script, and text
 * whose Arabic letters were lost as question marks. Thread-safe; stateless.
 */
public final class TextDecoder {
    /** A decoded text and the encoding it was found in ({@code UTF-8}, {@code UTF-16LE (BOM)}, {@code windows-1256}…). */
    public record Decoded(String text, String encoding) {
    }

    /**
     * Reads and decodes a text file, checking its size before reading it.
     *
     * @throws CorpusException when the file is missing, too large, or refused as {@link #decode} says
     */
    public Decoded read(Path file) throws CorpusException {
        return decode(BoundedReader.read(file, BoundedReader.MAX_ARTICLE_BYTES), BoundedReader.nameOf(file));
    }

    /**
     * Decodes the bytes of a text file.
     *
     * @param bytes the whole file
     * @param name  the file's name, for messages
     * @throws CorpusException when the bytes cannot be an Arabic article (see the class comment)
     */
    public Decoded decode(byte[] bytes, String name) throws CorpusException {
        if (bytes.length > BoundedReader.MAX_ARTICLE_BYTES) {
            throw BoundedReader.tooLarge(name, bytes.length, BoundedReader.MAX_ARTICLE_BYTES);
        }
        Optional<Detection> mark = EncodingDetector.byteOrderMark(bytes);
        if (bytes.length == 0 || mark.isPresent() && mark.get().skip() == bytes.length) {
            throw new CorpusException(ImportProblem.EMPTY, name, "The file " + name + " is empty; choose the file that holds the article's text.");
        }
        Detection detection = mark.isPresent() ? mark.get() : detectWithoutMark(bytes, name);
        String text = EncodingDetector.decodeStrict(bytes, detection).orElseThrow(() -> new CorpusException(
                ImportProblem.BAD_BYTE_ORDER_MARK, name, "The file " + name + " starts with a " + detection.charset().name() + " byte-order mark but is not valid "
                        + detection.charset().name() + "; open it in a text editor and save it again as UTF-8."));
        return new Decoded(ArabicContentCheck.require(TextCleaner.clean(text), name), detection.label());
    }

    private static Detection detectWithoutMark(byte[] bytes, String name) throws CorpusException {
        String kind = FileSignatures.binaryKind(bytes);
        if (kind != null) {
            throw new CorpusException(ImportProblem.NOT_TEXT, name, "The file " + name + " is " + kind + ", not plain text; import the .docx or .html"
                    + " the article came from, or copy its text into a .txt file.");
        }
        Optional<Detection> utf16 = EncodingDetector.utf16WithoutMark(bytes);
        if (utf16.isPresent() && EncodingDetector.decodeStrict(bytes, utf16.get()).isPresent()) return utf16.get();
        if (looksBinary(bytes)) {
            throw new CorpusException(ImportProblem.NOT_TEXT, name, "The file " + name + " is not text (it holds binary data); choose the file"
                    + " that holds the article's text.");
        }
        Detection utf8 = new Detection(StandardCharsets.UTF_8, 0, "UTF-8");
        if (EncodingDetector.decodeStrict(bytes, utf8).isPresent()) return utf8;
        Optional<Detection> arabic = EncodingDetector.singleByteArabic(bytes);
        if (arabic.isPresent()) return arabic.get();
        throw unrecognised(bytes, name);
    }

    /** NUL bytes or other control bytes besides tab and line breaks in more than one byte in fifty. */
    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) || b == 0x7F) control++;
        }
        return control * 50L > bytes.length;
    }

    /**
     * The refusal for bytes in no recognised encoding: damaged UTF-8 when almost all of it is valid;
     * when most letters are ASCII, what is wrong with it read as Latin text (no Arabic, lost
     * letters); otherwise an encoding that cannot be recognised.
     */
    private static CorpusException unrecognised(byte[] bytes, String name) {
        String lenient = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes)).toString();
        long damaged = lenient.chars().filter(c -> c == '\uFFFD').count();
        if (damaged * 100 <= ArabicLetters.countLetters(lenient)) {
            return new CorpusException(ImportProblem.DAMAGED_UTF8, name, Long.toString(damaged), "The file " + name + " is UTF-8 with "
                    + damaged + " damaged " + (damaged == 1 ? "character" : "characters") + "; save it again as UTF-8 from the original.",
                    null);
        }
        int high = 0;
        int asciiLetters = 0;
        for (byte b : bytes) {
            if (b < 0) high++;
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) asciiLetters++;
        }
        if (high * 2 < asciiLetters) {
            try {
                ArabicContentCheck.require(TextCleaner.clean(new String(bytes, StandardCharsets.ISO_8859_1)), name);
            } catch (CorpusException latinText) {
                return latinText;
            }
        }
        return new CorpusException(ImportProblem.UNKNOWN_ENCODING, name, "The encoding of " + name + " cannot be recognised (it is not UTF-8, UTF-16 or"
                + " Windows-1256 Arabic); open it in a text editor and save it as UTF-8.");
    }
}
