package app.haven.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R4: the allow-list keeps the editor's formatting and nothing that can run or load anything. */
class MessageBodyTest {

    /** 45 attacks; each is sent with a visible word so the body is never refused as empty. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<img src=\"data:image/png;base64,AAAA\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">click</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
        "<a href=\"vbscript:msgbox(1)\">click</a>",
        "<a href=\"https://ok.example\" onclick=\"alert(1)\">click</a>",
        "<a href=\"https://ok.example\" onmouseover=alert(1)>click</a>",
        "<p onclick=\"alert(1)\">text</p>",
        "<p style=\"background:url(javascript:alert(1))\">text</p>",
        "<div style=\"width:expression(alert(1))\">text</div>",
        "<style>body{background:url('javascript:alert(1)')}</style>",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">",
        "<form action=\"https://evil.example\"><input name=p></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<input onfocus=alert(1) autofocus>",
        "<textarea onfocus=alert(1) autofocus></textarea>",
        "<select onfocus=alert(1) autofocus></select>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<audio src=x onerror=alert(1)>",
        "<body onload=alert(1)>",
        "<marquee onstart=alert(1)>",
        "<isindex action=javascript:alert(1) type=image>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<x onclick=alert(1)>x</x>",
        "\"><script>alert(1)</script>",
        "<!--<script>alert(1)</script>-->",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<a href=\"https://ok.example\" target=\"_top\">x</a>",
        "<blockquote cite=\"javascript:alert(1)\" onmouseover=\"alert(1)\">q</blockquote>"
    })
    void nothingThatCanRunOrLoadSurvives(String attack) {
        Document stored = Jsoup.parseBodyFragment(MessageBody.sanitised("<p>Hi</p>" + attack).html());

        assertThat(stored.select("script, style, iframe, object, embed, img, svg, math, link, meta, base, form, input, "
                + "textarea, select, button, video, audio, source, details, marquee, table, noscript")).isEmpty();
        for (Element element : stored.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertThat(name).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("src").isNotEqualTo("srcdoc");
                assertThat(value).doesNotContain("javascript:").doesNotContain("vbscript:").doesNotContain("data:");
                if (name.equals("target")) {
                    assertThat(value).isEqualTo("_blank");
                }
            }
        }
    }

    static Stream<Arguments> formattingThatSurvives() {
        return Stream.of(
                Arguments.of("<p><strong>bold</strong></p>", "strong"),
                Arguments.of("<p><em>italic</em></p>", "em"),
                Arguments.of("<p><u>underline</u></p>", "u"),
                Arguments.of("<p><s>strike</s></p>", "s"),
                Arguments.of("<h1>Heading</h1>", "h1"),
                Arguments.of("<h2>Heading</h2>", "h2"),
                Arguments.of("<h3>Heading</h3>", "h3"),
                Arguments.of("<ul><li>one</li><li>two</li></ul>", "ul > li"),
                Arguments.of("<ol><li>one</li><li>two</li></ol>", "ol > li"),
                Arguments.of("<ol><li data-list=\"bullet\">one</li></ol>", "li[data-list=bullet]"),
                Arguments.of("<blockquote>quoted</blockquote>", "blockquote"),
                Arguments.of("<p><a href=\"https://example.org/care\">link</a></p>", "a[href=https://example.org/care]"),
                Arguments.of("<p><a href=\"mailto:front@example.org\">mail</a></p>", "a[href^=mailto:]"),
                Arguments.of("<p class=\"ql-align-center\">centred</p>", "p.ql-align-center"),
                Arguments.of("<p>line<br>break</p>", "br"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void formattingThatSurvives(String html, String selector) {
        Document stored = Jsoup.parseBodyFragment(MessageBody.sanitised(html).html());
        assertThat(stored.select(selector)).isNotEmpty();
    }

    @Test
    void linksCannotReachBackIntoHaven() {
        Element link = Jsoup.parseBodyFragment(
                MessageBody.sanitised("<a href=\"https://example.org\" target=\"_blank\">x</a>").html()).selectFirst("a");
        assertThat(link.attr("rel").split(" ")).contains("noopener", "noreferrer");
    }

    @Test
    void textIsEscapedNotInterpreted() {
        assertThat(MessageBody.sanitised("<p>1 &lt; 2 &amp; 3 &gt; 2</p>").html()).contains("1 &lt; 2 &amp; 3 &gt; 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<p></p>", "<p> &nbsp; </p>", "<script>alert(1)</script>", "<img src=x>"})
    void aBodyWithNothingToReadIsRefused(String html) {
        assertThatThrownBy(() -> MessageBody.sanitised(html))
                .isInstanceOf(InvalidMessage.class).hasMessage("refusal.body.empty");
    }

    @Test
    void aBodyBeyondTheLimitIsRefused() {
        assertThatThrownBy(() -> MessageBody.sanitised("<p>" + "x".repeat(MessageBody.MAX_LENGTH) + "</p>"))
                .isInstanceOf(InvalidMessage.class).hasMessage("refusal.body.tooLong");
    }
}
