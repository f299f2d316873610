package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTextTest {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final String P1 = "قال حلف شمال الأطلسي الاثنين إنه سينهي مهمته لتدريب القوات العراقية.";
    private static final String P2 = "وأضاف البيان أن الاتفاق على تمديد البرنامج لم يتسن رغم المفاوضات الشاقة.";
    private static final String P3 = "وقال الأمين العام للحلف إن الحلف ما زال ملتزما بالتعاون مع العراق.";

    private final HtmlText html = new HtmlText();

    @TempDir
    Path dir;

    /** A news page: the article among the usual junk, every piece of junk in Arabic so that only structure tells them apart. */
    private static String newsPage(String charsetMeta) {
        return """
                <!DOCTYPE html>
                <html lang="ar" dir="rtl"><head>%s
                <title>الناتو ينهي مهمته في العراق - موقع الأخبار</title>
                <link rel="canonical" href="https://news.example/nato-iraq">
                <style>.menu { color: red } /* نمط الصفحة */</style>
                <script>var banner = "إعلان السكربت";</script>
                </head><body>
                <header><a href="/">شعار الموقع</a><h1>الناتو ينهي مهمته في العراق</h1></header>
                <nav><ul><li>الرئيسية</li><li>سياسة</li><li>اقتصاد</li></ul></nav>
                <ul class="main-menu"><li>قائمة الأقسام</li></ul>
                <!-- تعليق مخفي في الصفحة -->
                <article>
                  <p>%s</p>
                  <div class="share-buttons">شارك المقال على فيسبوك</div>
                  <p>%s <script>document.write("نص مكتوب بالسكربت")</script></p>
                  <p>%s</p>
                </article>
                <aside><h3>الأكثر قراءة</h3><p>خبر آخر عن الانتخابات في البلاد المجاورة ونتائجها الأولية.</p></aside>
                <form><label>اشترك في النشرة</label><input name="email"></form>
                <footer>جميع الحقوق محفوظة</footer>
                <menu><li>قائمة سفلية</li></menu>
                </body></html>
                """.formatted(charsetMeta, P1, P2, P3);
    }

    @Test
    void keepsTheArticleParagraphsInOrderAndDropsTheJunk() throws IOException, CorpusException {
        Path file = Fixtures.write(dir, "page.html", newsPage("<meta charset=\"utf-8\">"));

        SourceText source = html.read(file);

        assertThat(source.text().split("\n")).containsExactly("الناتو ينهي مهمته في العراق", P1, P2, P3);
        assertThat(source.text()).doesNotContain("إعلان السكربت", "نمط الصفحة", "شعار الموقع", "الرئيسية", "قائمة الأقسام",
                "تعليق مخفي", "شارك المقال", "نص مكتوب بالسكربت", "الأكثر قراءة", "الانتخابات", "اشترك", "جميع الحقوق",
                "قائمة سفلية", "banner", "color");
        assertThat(source.title()).isEqualTo("الناتو ينهي مهمته في العراق");
        assertThat(source.address()).isEqualTo("https://news.example/nato-iraq");
        assertThat(source.encoding()).isEqualTo("UTF-8 (declared in the page)");
    }

    @Test
    void withoutAnArticleElementTakesTheBlockWithTheMostArabicParagraphText() throws IOException, CorpusException {
        String page = "<html><head><title>مهمة الناتو</title></head><body>"
                + "<div id=\"side\"><p>خبر قصير في الشريط الجانبي.</p></div>"
                + "<div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div><p>Copyright 2024 News Example. All rights reserved.</p></div></body></html>";
        SourceText source = html.read(Fixtures.write(dir, "story.htm", page));
        assertThat(source.text().split("\n")).containsExactly(P1, P2, P3);
        assertThat(source.title()).as("no <h1>, so the <title>").isEqualTo("مهمة الناتو");
    }

    @Test
    void readsTheCharsetThePageDeclares() throws IOException, CorpusException {
        byte[] bytes = newsPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">")
                .getBytes(WINDOWS_1256);
        SourceText source = html.read(Fixtures.write(dir, "declared.html", bytes));
        assertThat(source.text()).contains(P1, P2, P3);
        assertThat(source.encoding()).isEqualTo("windows-1256 (declared in the page)");
    }

    @Test
    void detectsWindows1256WhenThePageDeclaresNothing() throws IOException, CorpusException {
        SourceText source = html.read(Fixtures.write(dir, "undeclared.html", newsPage("").getBytes(WINDOWS_1256)));
        assertThat(source.text().split("\n")).containsExactly("الناتو ينهي مهمته في العراق", P1, P2, P3);
        assertThat(source.encoding()).isEqualTo("windows-1256");
    }

    @Test
    void aByteOrderMarkWinsOverAWrongDeclaration() throws IOException, CorpusException {
        byte[] page = newsPage("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[page.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(page, 0, bytes, 3, page.length);
        SourceText source = html.read(Fixtures.write(dir, "bom.html", bytes));
        assertThat(source.text()).contains(P1);
        assertThat(source.encoding()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void refusesAPageWhoseOnlyArabicIsInTheNavigation() throws IOException {
        String page = "<html><body><article><p>NATO ends its training mission in Iraq.</p></article>"
                + "<nav>الرئيسية</nav></body></html>";
        Path file = Fixtures.write(dir, "english.html", page);
        assertThatThrownBy(() -> html.read(file)).isInstanceOf(CorpusException.class)
                .hasMessage("The file english.html holds no Arabic letters; Maqal imports articles in Arabic.");
    }

    @Test
    void refusesAPageWithNoTextAtAll() throws IOException {
        Path file = Fixtures.write(dir, "blank.html", "<html><head><script>var x = 1;</script></head><body> </body></html>");
        assertThatThrownBy(() -> html.read(file)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("blank.html holds only blank space");
    }

    /** Found by fuzzing: {@code Charset.isSupported} throws on a malformed name instead of answering false. */
    @Test
    void aMalformedCharsetNameIsIgnored() throws IOException, CorpusException {
        for (String name : List.of("-", "utf:8", ".", "windows-1256:")) {
            Path file = Fixtures.write(dir, "page.html", ("<html><head><meta charset=\"" + name + "\"></head><body><p>" + P1
                    + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
            assertThat(html.read(file).text()).as(name).isEqualTo(P1);
        }
    }
}
