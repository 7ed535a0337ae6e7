package eu.transferhub.search.query;

import eu.transferhub.search.index.FacetDimension;
import eu.transferhub.search.index.SearchSchema;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Ranks the pages of the visitor's language first. A search covers every language, so on the
 * English search page "Zorrotzaurre" found the Urban regeneration theme in five languages before
 * Bilbao's English profile: translations of one page, most of them in languages the visitor may
 * not read. The language facet still counts every language, and {@code lang} still narrows to one.
 */
final class VisitorLanguage {

    /**
     * Added to the score of a page in the visitor's language. Above what a word's own score reaches
     * (BM25 saturates: about 125 for a rare word in a title), so among pages that match the same
     * words the visitor's come first; below a word's {@link QueryTranslator#CLAUSE_BONUS}, so a page
     * that matches more of the words still ranks above one in the visitor's language that matches fewer.
     */
    static final float BONUS = QueryTranslator.CLAUSE_BONUS / 2;

    private static final String INDEX_FIELD = SearchSchema.facetsConfig()
            .getDimConfig(FacetDimension.LANG.dimension()).indexFieldName;

    private VisitorLanguage() {
    }

    /** {@code query}, scoring {@link #BONUS} more for pages in {@code lang}; {@code query} itself for null. */
    static Query preferring(Query query, String lang) {
        if (lang == null) {
            return query;
        }
        Query inLanguage = new TermQuery(DrillDownQuery.term(INDEX_FIELD, FacetDimension.LANG.dimension(), lang));
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(inLanguage), BONUS), Occur.SHOULD)
                .build();
    }
}
