package eu.transferhub.e2e.browser;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import eu.transferhub.e2e.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Reading the search results block, the same whether the server or search.js rendered it. */
final class SearchResults {

    private SearchResults() {
    }

    static List<String> hitTitles(WebDriver driver) {
        return driver.findElements(By.cssSelector(".search-hit__title a")).stream().map(WebElement::getText).toList();
    }

    static List<String> hitTypes(WebDriver driver) {
        // textContent: the theme shows types in capitals with CSS.
        return driver.findElements(By.cssSelector(".search-hit__type")).stream()
                .map(e -> e.getDomProperty("textContent").trim()).toList();
    }

    static List<String> highlighted(WebDriver driver) {
        return driver.findElements(By.cssSelector(".search-hit__snippet mark")).stream().map(WebElement::getText)
                .toList();
    }

    static String heading(WebDriver driver) {
        return driver.findElement(By.cssSelector(".search-results__count")).getText();
    }

    /** The values of {@code name} in the current URL's query, decoded. */
    static List<String> urlParams(WebDriver driver, String name) {
        String query = URI.create(driver.getCurrentUrl()).getRawQuery();
        List<String> values = new ArrayList<>();
        if (query == null) {
            return values;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                values.add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /**
     * The results block as elements, attributes (sorted) and text with white space collapsed,
     * one node per line: the same for the server's partial and search.js's DOM building when
     * they agree, whatever the white space between elements.
     */
    static String canonicalMarkup(Browser browser) {
        return (String) browser.script("""
                function canon(node, depth) {
                  var indent = "  ".repeat(depth);
                  if (node.nodeType === 3) {
                    var text = node.textContent.replace(/\\s+/g, " ").trim();
                    return text ? indent + JSON.stringify(text) : null;
                  }
                  if (node.nodeType !== 1) {
                    return null;
                  }
                  var attributes = Array.from(node.attributes)
                    .map(function (a) { return " " + a.name + "=" + JSON.stringify(a.value); }).sort().join("");
                  var children = Array.from(node.childNodes)
                    .map(function (child) { return canon(child, depth + 1); }).filter(Boolean);
                  return [indent + "<" + node.localName + attributes + ">"].concat(children).join("\\n");
                }
                return canon(document.querySelector("#search-results > .search-results"), 0);
                """);
    }

    /** A facet value: its input's value, its label without the count, and the count. */
    record FacetValue(String value, String label, int count, WebElement input) {
    }

    static List<FacetValue> facet(WebDriver driver, String param) {
        List<FacetValue> values = new ArrayList<>();
        for (WebElement item : driver.findElements(By.cssSelector(".search-facet[data-facet='" + param + "'] li"))) {
            WebElement input = item.findElement(By.tagName("input"));
            String label = item.findElement(By.tagName("label")).getDomProperty("textContent");
            String count = item.findElement(By.cssSelector(".search-facet__count")).getDomProperty("textContent");
            values.add(new FacetValue(input.getAttribute("value"), label.substring(0, label.lastIndexOf('(')).trim(),
                    Integer.parseInt(count.replaceAll("[^0-9]", "")), input));
        }
        return values;
    }
}
