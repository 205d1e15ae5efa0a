package org.dyad.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text of a web page without its boilerplate. Drops scripts, styles, forms, navigation, headers,
 * footers, asides, and elements whose role, class or id says they are menus, share bars, comments, related
 * links, cookie notices or advertising; then reads the paragraphs (p, headings, list items, quotes) of the
 * page's main container ({@code <article>}, else {@code <main>} or the role "main", else the body), leaving out
 * link-dense blocks, where most of the text is link text (lists of other stories). Paragraphs are separated by
 * a blank line, so the sentence splitter never joins two of them.
 */
final class MainText {
    private static final String DROPPED = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "select, nav, header, footer, aside, figure, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [aria-hidden=true], [hidden]";
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(^|[-_ ])(nav|navbar|menu|breadcrumbs?|share|sharing|social|comments?|related|recommended|"
                    + "newsletter|subscribe|cookies?|consent|banner|ads?|advert|advertisement|promo|sidebar|footer|"
                    + "header|masthead|byline-share|skip)([-_ ]|$)");
    private static final String PARAGRAPHS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre");
    private static final double MAX_LINK_SHARE = 0.5;

    private MainText() {
    }

    /** The main text of the page, paragraphs separated by blank lines; empty when there is none. */
    static String of(Document page) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        body.select(DROPPED).remove();
        List<Element> named = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element != body && hasBoilerplateName(element)) {
                named.add(element);
            }
        }
        named.forEach(Element::remove);
        Element root = mainContainer(body);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select(PARAGRAPHS)) {
            if (hasBlockAncestorWithin(block, root)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty() && !isLinkDense(block, text)) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            String all = root.text().strip();
            return isLinkDense(root, all) ? "" : all;
        }
        return String.join("\n\n", paragraphs);
    }

    private static boolean hasBoilerplateName(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && BOILERPLATE_NAME.matcher(names).find()
                && !element.tagName().equals("article") && !element.tagName().equals("main");
    }

    /** The largest {@code <article>} by text, else {@code <main>}, else the body. */
    private static Element mainContainer(Element body) {
        Element best = null;
        for (Element article : body.select("article")) {
            if (best == null || article.text().length() > best.text().length()) {
                best = article;
            }
        }
        if (best != null && !best.text().isBlank()) {
            return best;
        }
        Element main = body.selectFirst("main, [role=main]");
        return main != null && !main.text().isBlank() ? main : body;
    }

    /** A list item holding a paragraph is read once, as the list item. */
    private static boolean hasBlockAncestorWithin(Element block, Element root) {
        for (Element parent = block.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (BLOCKS.contains(parent.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLinkDense(Element block, String text) {
        if (text.isEmpty()) {
            return false;
        }
        int linked = 0;
        for (Element link : block.select("a")) {
            linked += link.text().length();
        }
        return (double) linked / text.length() > MAX_LINK_SHARE;
    }
}
