package eu.transferhub.generator.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HugoShortcodesTest {

    private static List<String> warnings(String body) {
        Problems problems = new Problems(Path.of("articles/news/index.en.md"), 2);
        HugoShortcodes.check(body, 5, problems);
        return problems.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void eachShortcodeIsAWarningOnItsLineWithWhatToWriteInstead() {
        assertEquals(List.of(
                "articles/news/index.en.md:5: warning: Hugo shortcode 'figure' is not run here, so visitors would"
                        + " read it as text: write the image in Markdown: ![what it shows](file.jpg \"caption\")",
                "articles/news/index.en.md:7: warning: Hugo shortcode 'ref' is not run here, so visitors would read"
                        + " it as text: link to the page's site path: [text](/en/cities/bilbao/)",
                "articles/news/index.en.md:7: warning: Hugo shortcode 'notice' is not run here, so visitors would"
                        + " read it as text: write it in Markdown (or HTML) instead"),
                warnings("{{< figure src=\"plan.png\" >}}\n\nSee {{< ref \"cities/bilbao\" >}} and"
                        + " {{% notice info %}}Note{{% /notice %}}.\n"));
    }

    @Test
    void shortcodesShownAsCodeAreLeftAlone() {
        assertEquals(List.of(), warnings("Write `{{< figure >}}` in Hugo.\n\n```\n{{< youtube id >}}\n```\n\n"
                + "~~~md\n{{% notice %}}\n~~~\n\n    {{< indented >}}\n\nA {{ moustache }} and a {{<}}.\n"));
    }
}
