package eu.transferhub.search.index;

import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns one {@link SearchDocument} into the Lucene document of the schema. Thread-safe.
 *
 * <p>Each text part is one field analysed by the page's language ({@link LanguageTextField}):
 * marked stems, so "industries" finds "industry", and folded words, so "Timisoara" finds
 * "Timișoara". Summary and body carry offsets in the postings, which lets the
 * UnifiedHighlighter build snippets without re-analysing the text; title, summary and body are
 * stored in the same field.
 */
final class DocumentMapper {

    private static final FieldType TITLE = textType(false, true);
    private static final FieldType HEADINGS = textType(false, false);
    /** Searchable, highlightable via postings offsets and stored: the text snippets are cut from. */
    private static final FieldType HIGHLIGHTED = textType(true, true);

    private final FacetsConfig facets;
    private final LanguageAnalyzers analyzers;

    DocumentMapper(FacetsConfig facets, LanguageAnalyzers analyzers) {
        this.facets = facets;
        this.analyzers = analyzers;
    }

    /**
     * @throws IllegalArgumentException when the document's language is unknown or its date is not
     *                                  an ISO date
     */
    Document toLucene(SearchDocument source) throws IOException {
        Language language = Language.byCode(source.lang()).orElseThrow(() -> new IllegalArgumentException(
                "search document " + source.id() + ": unknown language \"" + source.lang() + "\""));
        Document doc = new Document();
        doc.add(new StringField(SearchSchema.ID, source.id(), Field.Store.YES));
        // Ties in score or date are broken by id, not by doc order, which the indexing threads
        // make vary from build to build.
        doc.add(new SortedDocValuesField(SearchSchema.ID_SORT, new BytesRef(source.id())));
        doc.add(new BinaryDocValuesField(SearchSchema.FINGERPRINT, DocumentFingerprint.of(source)));
        doc.add(new StoredField(SearchSchema.URL, source.url()));
        doc.add(new StoredField(SearchSchema.LANG, source.lang()));
        doc.add(new StoredField(SearchSchema.TYPE, source.type()));
        for (String city : source.cities()) {
            doc.add(new StoredField(SearchSchema.CITIES, city));
        }

        // The title is stored even when blank: every hit shows one.
        doc.add(new LanguageTextField(TextPart.TITLE.field(), source.title(), TITLE, analyzers, language));
        addText(doc, TextPart.HEADINGS, language, source.headings(), HEADINGS);
        addText(doc, TextPart.SUMMARY, language, List.of(source.summary()), HIGHLIGHTED);
        addText(doc, TextPart.BODY, language, List.of(source.body()), HIGHLIGHTED);

        doc.add(new SortedSetDocValuesFacetField(FacetDimension.TYPE.dimension(), source.type()));
        doc.add(new SortedSetDocValuesFacetField(FacetDimension.LANG.dimension(), source.lang()));
        addFacets(doc, FacetDimension.CITY, source.cities());
        addFacets(doc, FacetDimension.NETWORK, source.networks());
        addFacets(doc, FacetDimension.THEME, source.themes());
        if (source.date() != null) {
            LocalDate date = parseDate(source);
            doc.add(new StoredField(SearchSchema.DATE, source.date()));
            doc.add(new NumericDocValuesField(SearchSchema.DATE_SORT, date.toEpochDay()));
            doc.add(new SortedSetDocValuesFacetField(FacetDimension.YEAR.dimension(),
                    Integer.toString(date.getYear())));
        }
        return facets.build(doc);
    }

    private void addText(Document doc, TextPart part, Language language, List<String> values, FieldType type) {
        for (String value : values) {
            if (!value.isBlank()) {
                doc.add(new LanguageTextField(part.field(), value, type, analyzers, language));
            }
        }
    }

    private static void addFacets(Document doc, FacetDimension dimension, List<String> values) {
        // Duplicates would count a page twice under one value.
        values.stream().distinct().filter(v -> !v.isBlank())
                .forEach(v -> doc.add(new SortedSetDocValuesFacetField(dimension.dimension(), v)));
    }

    private static LocalDate parseDate(SearchDocument source) {
        try {
            return LocalDate.parse(source.date());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("search document " + source.id() + ": date \""
                    + source.date() + "\" is not an ISO date (yyyy-MM-dd)", e);
        }
    }

    private static FieldType textType(boolean offsets, boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        if (offsets) {
            type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        }
        type.setStored(stored);
        type.freeze();
        return type;
    }
}
