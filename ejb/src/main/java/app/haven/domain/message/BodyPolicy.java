package app.haven.domain.message;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for message bodies (SPEC R4): the formatting of the editor (bold, italic,
 * underline, strike, headings, bullet and numbered lists, block quotes, links) and nothing else.
 * Scripts, event handlers, styles, images, frames and any URL that is not http, https or mailto
 * are dropped; links open without giving the opened page a handle on Haven.
 */
final class BodyPolicy {

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "strike", "del",
                    "h1", "h2", "h3", "ul", "ol", "li", "blockquote", "a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowAttributes("target").matching(Pattern.compile("_blank")).onElements("a")
            // the editor marks bullet items of a list this way
            .allowAttributes("data-list").matching(Pattern.compile("bullet|ordered")).onElements("li")
            .allowAttributes("class").matching(Pattern.compile("ql-indent-[1-8]|ql-align-(center|right|justify)"))
            .onElements("p", "li", "h1", "h2", "h3", "blockquote")
            .toFactory();

    private BodyPolicy() {
    }
}
