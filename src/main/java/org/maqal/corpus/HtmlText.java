package org.maqal.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.maqal.corpus.EncodingDetector.Detection;
import org.maqal.text.ArabicLetters;

/**
 * The article in a saved web page ({@code .html}, {@code .htm}), with jsoup.
 *
 * <p>The charset comes from a byte-order mark, else the page's {@code <meta charset>}, else the
 * same evidence {@link TextDecoder} uses (UTF-8, then Windows-1256 when it reads as Arabic).
 * Scripts, styles, navigation, headers, footers, asides, forms, menus and comments are dropped;
 * the article is the {@code <article>} element with the most Arabic text, or else the element
 * whose paragraphs hold the most Arabic letters. Each paragraph, heading, list item or quotation
 * becomes one line. The title is the first {@code <h1>}, else the {@code <title>}; the address is
 * the page's canonical link. Refuses, with a one-sentence {@link CorpusException}, pages over 20 MB
 * (checked before reading) and pages whose article is not Arabic text (see {@link TextDecoder}).
 * Thread-safe; stateless.
 */
public final class HtmlText {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final String JUNK = "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header,"
            + " footer, aside, form, menu, button, select, textarea, input, [role=navigation], [role=menu], [role=menubar],"
            + " [role=banner], [role=contentinfo], [role=complementary], [role=search], [hidden], [aria-hidden=true]";
    private static final Set<String> JUNK_NAMES = Set.of("menu", "nav", "navbar", "navigation", "breadcrumb",
            "breadcrumbs", "sidebar", "share", "sharing", "social", "comments", "comment", "related", "advert",
            "advertisement", "ads", "ad", "cookie", "cookies", "newsletter", "footer", "header", "topbar", "tags");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "tr", "td", "th", "dd", "dt", "figcaption", "section", "article", "main", "br", "hr", "ul", "ol", "table");

    /**
     * The article in a web page file.
     *
     * @throws CorpusException when the file is missing, too large, or holds no Arabic article
     */
    public SourceText read(Path file) throws CorpusException {
        String name = BoundedReader.nameOf(file);
        byte[] bytes = BoundedReader.read(file, BoundedReader.MAX_ARTICLE_BYTES);
        Detection charset = charset(bytes);
        String html = EncodingDetector.decodeStrict(bytes, charset)
                .orElseGet(() -> new String(bytes, charset.skip(), bytes.length - charset.skip(), charset.charset()));
        Document page = Jsoup.parse(html);
        String address = page.select("link[rel=canonical][href]").attr("href");
        if (address.isEmpty()) address = page.select("meta[property=og:url][content]").attr("content");
        String title = title(page);
        Element h1 = page.selectFirst("h1");
        dropJunk(page);
        Element article = articleElement(page);
        String text = TextCleaner.clean(lines(article));
        boolean headlineOutside = h1 != null && !h1.text().isBlank() && !h1.parents().contains(article) && h1 != article;
        if (headlineOutside) text = title + "\n" + text;
        return new SourceText(ArabicContentCheck.require(text, name), title, charset.label(), address);
    }

    /** The byte-order mark, else a declared charset the bytes are valid in, else the evidence, else UTF-8. */
    private static Detection charset(byte[] bytes) {
        Optional<Detection> mark = EncodingDetector.byteOrderMark(bytes);
        if (mark.isPresent()) return mark.get();
        Matcher meta = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
        Optional<Charset> named = meta.find() ? charsetNamed(meta.group(1)) : Optional.empty();
        if (named.isPresent()) {
            Charset declared = named.get();
            Detection d = new Detection(declared, 0, declared.name() + " (declared in the page)");
            Optional<String> text = EncodingDetector.decodeStrict(bytes, d);
            if (text.isPresent() && ArabicLetters.countLetters(text.get()) > 0) return d;
        }
        return EncodingDetector.withoutMark(bytes).orElse(new Detection(StandardCharsets.UTF_8, 0, "UTF-8"));
    }

    /** The charset a page names, if Java knows it; a malformed name ({@code charset=-}) is no charset. */
    private static Optional<Charset> charsetNamed(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException malformedName) {
            return Optional.empty();
        }
    }

    private static String title(Document page) {
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) return h1.text().strip();
        return page.title().strip();
    }

    /** Removes what is never the article: junk elements, elements named like menus, and comments. */
    private static void dropJunk(Document page) {
        page.select(JUNK).remove();
        int total = arabicLetters(page.body());
        for (Element e : page.body().select("[class], [id]")) {
            if (e.parent() == null || !namedLikeJunk(e)) continue;
            boolean holdsTheArticle = !e.select("article").isEmpty() || arabicLetters(e) * 2 > total;
            if (!holdsTheArticle) e.remove();
        }
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) comments.add(node);
        }, page);
        comments.forEach(Node::remove);
    }

    private static boolean namedLikeJunk(Element e) {
        List<String> names = new ArrayList<>(e.classNames());
        names.add(e.id());
        for (String n : names) {
            for (String part : n.toLowerCase(Locale.ROOT).split("[-_\\s]+")) {
                if (JUNK_NAMES.contains(part)) return true;
            }
        }
        return false;
    }

    /** The {@code <article>} with the most Arabic, else the parent of the paragraphs with the most Arabic, else the body. */
    private static Element articleElement(Document page) {
        Element best = null;
        int bestScore = 0;
        for (Element a : page.select("article")) {
            int score = arabicLetters(a);
            if (score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        if (best != null) return best;
        Map<Element, Integer> scores = new LinkedHashMap<>();
        for (Element p : page.select("p")) {
            if (p.parent() != null) scores.merge(p.parent(), arabicLetters(p), Integer::sum);
        }
        for (Map.Entry<Element, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best != null ? best : page.body();
    }

    private static int arabicLetters(Element e) {
        return ArabicLetters.countLetters(e.text());
    }

    /** The text of an element, one line per block, spaces inside a line collapsed as a browser would. */
    private static String lines(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) out.append('\n');
            }
        }, root);
        StringBuilder text = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String l = line.replaceAll("[ \\t\\u00A0]+", " ").strip();
            if (!l.isEmpty()) text.append(l).append('\n');
        }
        return text.toString().strip();
    }
}
