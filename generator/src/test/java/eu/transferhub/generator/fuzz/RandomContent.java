package eu.transferhub.generator.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What editors might type: front matter with wrong types, broken YAML, huge values, Unicode
 * and tabs, stray {@code ---}; Markdown with raw HTML, deep lists, tables, odd links.
 */
final class RandomContent {

    private RandomContent() {
    }

    /** A whole page file: front matter (well-formed or not) and a body. */
    static Arbitrary<String> page() {
        Arbitrary<String> withFrontMatter = Combinators.combine(frontMatterLines().list().ofMaxSize(10), body())
                .as((lines, body) -> "---\n" + String.join("\n", lines) + "\n---\n" + body);
        Arbitrary<String> odd = Arbitraries.oneOf(
                body(),
                frontMatterLines().list().ofMaxSize(6).map(lines -> "---\n" + String.join("\n", lines) + "\n"),
                Combinators.combine(frontMatterLines().list().ofMaxSize(6), body())
                        .as((lines, body) -> "\uFEFF---\r\n" + String.join("\r\n", lines) + "\r\n---\r\n" + body),
                Combinators.combine(body(), body()).as((a, b) -> "---\ntitle: x\n---\n" + a + "\n---\n" + b),
                Arbitraries.strings().all().ofMaxLength(400),
                Arbitraries.just(""));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, withFrontMatter), net.jqwik.api.Tuple.of(1, odd));
    }

    static Arbitrary<String> frontMatterLines() {
        Arbitrary<String> field = Arbitraries.of("title", "date", "summary", "city", "networks", "themes", "author",
                "transfer", "results", "aliases", "draft", "weight", "lastmod", "country", "titel", "type", "slug",
                "translationKey", "cities", "partners", "image", "", " title", "title ", "Title", "ÿ", "title:");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("AS Fabrik", "2021-05-10", "2019-13-45", "2021-02-30", "0000-00-00", "yesterday",
                        "[as-transfer]", "[as-transfer, nowhere]", "as-transfer", "{ name: Jane }", "{ name: }",
                        "[1, 2, 3]", "- a\n  - b", "true", "false", "null", "~", "42", "-1", "1e309",
                        "99999999999999999999", "'unclosed", "\"unclosed", "[unclosed", "{unclosed", "&anchor x",
                        "*alias", "!!binary aGVsbG8=", "!custom x", "|\n  block\n  text", ">\n  folded", "\t", "---",
                        "...", "# comment", "bilbao", "BILBAO", "ES", "Spain", "/en/as-fabrik/", "../../etc/passwd",
                        "<script>alert(1)</script>", "{{title}}", "\u202Egnp.exe", "e\u0301", "\u0000", "😀"),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("ab:-[]{}#&*!|>'\"%@` \t,?").ofMaxLength(30),
                Arbitraries.strings().alpha().ofLength(20_000).map(s -> s.substring(0, 1) + s));
        Arbitrary<String> indent = Arbitraries.of("", "", "", "  ", "\t", "    - ");
        return Arbitraries.oneOf(
                Combinators.combine(indent, field, value).as((i, f, v) -> i + f + ": " + v),
                Arbitraries.of("---", "...", "- just a list item", ": no key", "title: a\ntitle: b", "  ", ""));
    }

    static Arbitrary<String> body() {
        Arbitrary<String> block = Arbitraries.oneOf(
                Arbitraries.of("# Heading", "## What the practice does", "### ", "#######  seven",
                        "<div><p>unclosed", "</div></section>", "<script>alert('x')</script>", "<style>*{}</style>",
                        "<iframe src=\"https://example.org\"></iframe>", "<img src=x onerror=alert(1)>",
                        "<table><tr><td>cell", "<!-- comment", "<?php echo 1 ?>", "&nbsp;&bogus;&#0;&#x110000;",
                        "| a | b |\n|---|---|\n| 1 |", "| a |\n|:-:|\n| x | y | z |", "```\nunclosed fence",
                        "```mermaid\ngraph\n```", "    indented code", "> quote\n> > nested",
                        "[link](/en/nowhere/)", "[link](../cities/bilbao/)", "[self](#)", "[js](javascript:alert(1))",
                        "![img](missing.png)", "![](img/map.png)", "<https://example.org>", "[^note]", "[^note]: x",
                        "[ref]: /en/", "***", "---", "___", "\\", "*unclosed **emphasis", "{{ template }}",
                        "{{> partial}}", "\u202E\u200F rtl", "e\u0301\u0302\u0303", "\t\ttabs", "\u0000", "\uFEFF"),
                nestedList(),
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withChars("*_`[]()#>|-!<>/\\ \n").ofMaxLength(80));
        return block.list().ofMaxSize(12).map(blocks -> String.join("\n\n", blocks) + "\n");
    }

    private static Arbitrary<String> nestedList() {
        return Arbitraries.integers().between(1, 40).map(depth -> {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                list.append("  ".repeat(i)).append(i % 2 == 0 ? "- " : "1. ").append("item ").append(i).append('\n');
            }
            return list.toString();
        });
    }

    /**
     * The file's bytes: UTF-8, except that an unpaired surrogate becomes its three-byte form,
     * which is invalid UTF-8 — what a broken editor or a copy from a binary file writes.
     */
    static byte[] bytes(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        text.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        });
        return out.toByteArray();
    }

    /** Paths (relative to the content folder) of the pages a try may overwrite or add. */
    static Arbitrary<String> target() {
        return Arbitraries.of(List.of("good-practices/as-fabrik/index.en.md", "good-practices/as-fabrik/index.es.md",
                "cities/bilbao/index.en.md", "networks/as-transfer/index.en.md", "journals/bilbao-diary/index.en.md",
                "articles/hello/index.en.md", "themes/innovation/index.en.md", "about/index.en.md", "_index.en.md",
                "good-practices/_index.en.md", "articles/new-page/index.en.md", "articles/new-page/index.xx.md",
                "cities/new-city/index.en.md", "good-practices/new/index.es.md"));
    }
}
