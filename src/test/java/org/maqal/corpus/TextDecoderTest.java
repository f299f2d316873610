package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private final TextDecoder decoder = new TextDecoder();

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void readsUtf8WithoutAByteOrderMark() throws Exception {
        String article = Fixtures.article("000");
        TextDecoder.Decoded decoded = decoder.decode(article.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(decoded.text()).isEqualTo(article);
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void readsUtf8WithAByteOrderMarkAndDropsTheMark() throws Exception {
        String article = Fixtures.article("000");
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, article.getBytes(StandardCharsets.UTF_8));
        TextDecoder.Decoded decoded = decoder.decode(bytes, "a.txt");
        assertThat(decoded.text()).isEqualTo(article);
        assertThat(decoded.encoding()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void readsUtf16LittleEndianWithAByteOrderMark() throws Exception {
        String article = Fixtures.article("002");
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, article.getBytes(StandardCharsets.UTF_16LE));
        TextDecoder.Decoded decoded = decoder.decode(bytes, "a.txt");
        assertThat(decoded.text()).isEqualTo(article);
        assertThat(decoded.encoding()).isEqualTo("UTF-16LE (BOM)");
    }

    @Test
    void readsUtf16BigEndianWithAByteOrderMark() throws Exception {
        String article = Fixtures.article("002");
        TextDecoder.Decoded decoded = decoder.decode(article.getBytes(StandardCharsets.UTF_16), "a.txt");
        assertThat(decoded.text()).isEqualTo(article);
        assertThat(decoded.encoding()).isEqualTo("UTF-16BE (BOM)");
    }

    @Test
    void readsUtf32WithAByteOrderMark() throws Exception {
        String article = Fixtures.article("004");
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, article.getBytes(Charset.forName("UTF-32LE")));
        TextDecoder.Decoded decoded = decoder.decode(bytes, "a.txt");
        assertThat(decoded.text()).isEqualTo(article);
        assertThat(decoded.encoding()).isEqualTo("UTF-32LE (BOM)");
    }

    @Test
    void turnsArabicPresentationFormsCopiedFromAPdfIntoLetters() throws Exception {
        String shapes = "\uFE8D\uFEDF\uFEE8\uFE8E\uFE97\uFEEE \uFEFB \uFEF3\uFEE8\uFED4\uFEF2";
        assertThat(decoder.decode(shapes.getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo("الناتو لا ينفي");
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkWhenTheBytesShowIt() throws Exception {
        String article = Fixtures.article("003");
        TextDecoder.Decoded decoded = decoder.decode(article.getBytes(StandardCharsets.UTF_16LE), "a.txt");
        assertThat(decoded.text()).isEqualTo(article);
        assertThat(decoded.encoding()).isEqualTo("UTF-16LE (no BOM)");
    }

    @Test
    void readsWindows1256BackToExactlyTheOriginalText() throws Exception {
        String article = Fixtures.article("001");
        byte[] bytes = article.getBytes(WINDOWS_1256);
        assertThat(new String(bytes, WINDOWS_1256)).as("the article survives the round trip").isEqualTo(article);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as("the bytes are not UTF-8").contains("\uFFFD");

        TextDecoder.Decoded decoded = decoder.decode(bytes, "a.txt");

        assertThat(decoded.text()).isEqualTo(article);
        assertThat(decoded.encoding()).isEqualTo("windows-1256");
    }

    @Test
    void readsIso88596WhenWindows1256WouldPutLatinLettersInsideArabicWords() throws Exception {
        String text = "قال الأمين العام للحلف إن البعثة ستواصل عملها في العراق، وإن مهمتها غير قتالية.\n"
                + "وأضاف أن عدد أفراد البعثة يزيد على ثلاثمئة؛ هل يكفي ذلك؟\n";
        Charset iso = Charset.forName("ISO-8859-6");
        TextDecoder.Decoded decoded = decoder.decode(text.getBytes(iso), "a.txt");
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("ISO-8859-6");
    }

    @Test
    void keepsDiacriticsTatweelAndDigitsAsWritten() throws Exception {
        String text = "الْعِرَاقُ الجـــديد ٢٠٢١ و2024 ۱۲\tنصٌّ";
        assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo(text);
        String withoutIndicDigits = "الْعِرَاقُ الجـــديد و2024\tنصٌّ";
        assertThat(decoder.decode(withoutIndicDigits.getBytes(WINDOWS_1256), "a.txt").text()).isEqualTo(withoutIndicDigits);
    }

    @Test
    void removesNulAndOtherControlCharactersButKeepsTabsAndLines() throws Exception {
        String article = Fixtures.article("000");
        int cut = article.indexOf(' ', 100);
        String dirty = "\u0001" + article.substring(0, cut) + "\u0000\u0007\u001B\u007F" + article.substring(cut) + "\u0000\t";
        TextDecoder.Decoded decoded = decoder.decode(dirty.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(decoded.text()).isEqualTo(article + "\t");
        assertThat(decoded.text()).doesNotContain("\u0000", "\u0001", "\u0007", "\u001B", "\u007F");
    }

    @Test
    void normalisesCrLfAndCrToLineFeeds() throws Exception {
        String article = Fixtures.article("004");
        assertThat(decoder.decode(article.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "a.txt").text())
                .isEqualTo(article);
        assertThat(decoder.decode(article.replace("\n", "\r").getBytes(WINDOWS_1256), "a.txt").text())
                .isEqualTo(article);
        assertThat(decoder.decode("سطر أول\u2028سطر ثان\fسطر ثالث".getBytes(StandardCharsets.UTF_8), "a.txt").text())
                .isEqualTo("سطر أول\nسطر ثان\nسطر ثالث");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> decoder.decode(new byte[0], "empty.txt"))
                .isInstanceOf(CorpusException.class).hasMessageStartingWith("The file empty.txt is empty;");
        assertThatThrownBy(() -> decoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom.txt"))
                .isInstanceOf(CorpusException.class).hasMessageStartingWith("The file bom.txt is empty;");
    }

    @Test
    void refusesAWhitespaceOnlyFile() {
        assertThatThrownBy(() -> decoder.decode(" \n\t \r\n\u00A0 \n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("blank.txt holds only blank space");
    }

    @Test
    void refusesRandomBytesAsBinary() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[10] = 0;
        assertThatThrownBy(() -> decoder.decode(bytes, "noise.txt"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("noise.txt is not text (it holds binary data)");
    }

    @Test
    void refusesKnownBinaryFormatsByTheirSignature() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> decoder.decode(png, "picture.txt"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("picture.txt is a PNG image, not plain text");
        byte[] pdf = "%PDF-1.7\nقال الحلف".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decoder.decode(pdf, "paper.txt"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("paper.txt is a PDF document");
    }

    @Test
    void refusesLatin1EnglishTextForHavingNoArabic() {
        byte[] bytes = "The café’s owner said the NATO mission was naïve.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> decoder.decode(bytes, "english.txt"))
                .isInstanceOf(CorpusException.class)
                .hasMessage("The file english.txt holds no Arabic letters; Maqal imports articles in Arabic.");
    }

    @Test
    void refusesTextMostlyInAnotherScript() {
        String text = "The North Atlantic Treaty Organization said on Monday that its training mission in Iraq"
                + " would continue. The mission (بعثة) has about three hundred members.";
        assertThatThrownBy(() -> decoder.decode(text.getBytes(StandardCharsets.UTF_8), "mixed.txt"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("mixed.txt is mostly not in Arabic");
    }

    @Test
    void refusesTextWhoseArabicLettersWereLostAsQuestionMarks() {
        String lost = "???? ????? ??? ??????\n??????? ?? ????? ??????? ?????.\n";
        assertThatThrownBy(() -> decoder.decode(lost.getBytes(StandardCharsets.US_ASCII), "lost.txt"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("lost.txt has question marks where the Arabic letters");
        String halfLost = "الناتو في العراق\n???? ????? ??? ?????? ??????? ?? ????? ??????? ?????.\n";
        assertThatThrownBy(() -> decoder.decode(halfLost.getBytes(StandardCharsets.UTF_8), "half.txt"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("question marks");
    }

    @Test
    void aQuestionOrTwoIsNotLostText() throws Exception {
        String text = "هل تستمر البعثة؟ سأل الصحفي: ?? ثم أجاب الأمين العام بأن المهمة مستمرة في العراق.";
        assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_8), "q.txt").text()).isEqualTo(text);
    }

    @Test
    void refusesArabicThatWasDecodedInTheWrongEncodingAndSavedAgain() throws Exception {
        String article = Fixtures.article("000");
        String mojibake = new String(article.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThatThrownBy(() -> decoder.decode(mojibake.getBytes(StandardCharsets.UTF_8), "mojibake.txt"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("converted to the wrong encoding");
    }

    @Test
    void refusesBytesInNoEncodingItCanRecognise() {
        byte[] bytes = new byte[3000];
        Random random = new Random(7);
        for (int i = 0; i < bytes.length; i++) bytes[i] = i % 6 == 5 ? (byte) ' ' : (byte) (0xC0 + random.nextInt(64));
        assertThatThrownBy(() -> decoder.decode(bytes, "odd.txt"))
                .isInstanceOf(CorpusException.class).hasMessageStartingWith("The encoding of odd.txt cannot be recognised");
    }

    @Test
    void refusesUtf8WithADamagedByteAndSaysSo() throws Exception {
        byte[] bytes = Fixtures.article("003").getBytes(StandardCharsets.UTF_8);
        int space = bytes.length / 2;
        while (bytes[space] != ' ') space++;
        bytes[space] = (byte) 0xFF;
        assertThatThrownBy(() -> decoder.decode(bytes, "damaged.txt"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("damaged.txt is UTF-8 with 1 damaged character");
    }

    @Test
    void refusesAFileOverTwentyMegabytesBeforeReadingIt(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(25L * 1024 * 1024);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> decoder.read(big))
                        .isInstanceOf(CorpusException.class)
                        .hasMessageStartingWith("The file big.txt is 25 MB, more than the 20 MB an article may have;"));
    }

    @Test
    void refusesTooManyBytesEvenWhenGivenInMemory() {
        byte[] bytes = new byte[20 * 1024 * 1024 + 512 * 1024];
        assertThatThrownBy(() -> decoder.decode(bytes, "big.txt"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("big.txt is 20.5 MB");
    }

    @Test
    void refusalsAreOneSentenceWithoutAStackTrace() {
        assertThatThrownBy(() -> decoder.decode(new byte[0], "empty.txt"))
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("\n", "Exception", "at org.");
                    assertThat(e.getMessage()).endsWith(".");
                    assertThat(e.getMessage().split("\\. ")).hasSize(1);
                });
    }
}
