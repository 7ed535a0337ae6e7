package eu.transferhub.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.transferhub.search.document.SearchDocument;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentFingerprintTest {

    private static final SearchDocument BASE = new SearchDocument("en/cities/tartu", "/en/cities/tartu/", "en", "city",
            "Tartu", List.of("Heading"), "Summary.", "Body text of Tartu.", "2024-05-01", List.of("tartu"),
            List.of("as-fabrik"), List.of("digital"), "EE", Map.of("tartu", "Tartu"));

    @Test
    void equalDocumentsHaveEqualFingerprints() {
        SearchDocument copy = new SearchDocument(BASE.id(), BASE.url(), BASE.lang(), BASE.type(), BASE.title(),
                new ArrayList<>(BASE.headings()), BASE.summary(), new String(BASE.body().toCharArray()), BASE.date(),
                BASE.cities(), BASE.networks(), BASE.themes(), BASE.country(), new HashMap<>(BASE.labels()));

        assertEquals(DocumentFingerprint.of(BASE), DocumentFingerprint.of(copy));
        assertEquals(DocumentFingerprint.LENGTH, DocumentFingerprint.of(BASE).length);
    }

    /** Every component, including any added to the record later, must reach the fingerprint. */
    @Test
    void changingAnyComponentChangesTheFingerprint() throws ReflectiveOperationException {
        RecordComponent[] components = SearchDocument.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        for (int changed = 0; changed < components.length; changed++) {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(BASE);
            }
            values[changed] = changedValue(values[changed]);
            SearchDocument variant = SearchDocument.class.getDeclaredConstructor(types).newInstance(values);

            assertNotEquals(DocumentFingerprint.of(BASE), DocumentFingerprint.of(variant), components[changed].getName());
        }
    }

    @Test
    void textMovedFromOneFieldToTheNextChangesTheFingerprint() {
        SearchDocument inSummary = withSummaryAndBody("Summary. Body", "");
        SearchDocument inBody = withSummaryAndBody("Summary.", " Body");

        assertNotEquals(DocumentFingerprint.of(inSummary), DocumentFingerprint.of(inBody));
    }

    @Test
    void aMissingDateDiffersFromAnEmptyOne() {
        SearchDocument noDate = new SearchDocument("en/a", "/en/a/", "en", "article", "A", List.of(), "", "", null,
                List.of(), List.of(), List.of(), null, Map.of());
        SearchDocument emptyDate = new SearchDocument("en/a", "/en/a/", "en", "article", "A", List.of(), "", "", "",
                List.of(), List.of(), List.of(), null, Map.of());

        assertNotEquals(DocumentFingerprint.of(noDate), DocumentFingerprint.of(emptyDate));
    }

    private static SearchDocument withSummaryAndBody(String summary, String body) {
        return new SearchDocument(BASE.id(), BASE.url(), BASE.lang(), BASE.type(), BASE.title(), BASE.headings(),
                summary, body, BASE.date(), BASE.cities(), BASE.networks(), BASE.themes(), BASE.country(),
                BASE.labels());
    }

    private static Object changedValue(Object value) {
        return switch (value) {
            case String text -> text + "x";
            case List<?> list -> {
                List<Object> longer = new ArrayList<>(list);
                longer.add("x");
                yield longer;
            }
            case Map<?, ?> map -> {
                Map<Object, Object> more = new HashMap<>(map);
                more.put("x", "X");
                yield more;
            }
            default -> throw new AssertionError("no variant for a " + value.getClass() + " component: add one here");
        };
    }
}
