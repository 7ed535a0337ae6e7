package eu.transferhub.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.transferhub.search.index.Language;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;

class SnippetHighlighterTest {

    @Test
    void aPageIsHighlightedWithItsOwnLanguagesStemsAndTheWrittenWords() {
        Term english = new Term("body", Language.EN.stemPrefix() + "industri");
        Term polish = new Term("body", Language.PL.stemPrefix() + "przemysł");
        Term written = new Term("body", "industry");
        Set<Term> query = Set.of(english, polish, written);

        assertEquals(Set.of(polish, written), SnippetHighlighter.termsOf(Language.PL, query));
        assertEquals(Set.of(english, written), SnippetHighlighter.termsOf(Language.EN, query));
        assertEquals(Set.of(written), SnippetHighlighter.termsOf(Language.ES, query));
    }
}
