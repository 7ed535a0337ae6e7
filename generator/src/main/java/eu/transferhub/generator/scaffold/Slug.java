package eu.transferhub.generator.scaffold;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * URL slugs made from titles: ASCII letters and digits separated by single hyphens, with
 * accents and the letters NFD cannot decompose (ł, ß, æ, ø, đ, ı) transliterated, so
 * "Timișoara" becomes {@code timisoara} and "Bielsko-Biała" {@code bielsko-biala}.
 * Stateless and thread-safe.
 */
public final class Slug {

    /** Slugs longer than this are cut at the last hyphen before it: URLs stay readable. */
    static final int MAX_LENGTH = 60;

    private static final Map<Integer, String> LETTERS_WITHOUT_DECOMPOSITION = Map.ofEntries(
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "l"),
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "ae"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "o"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Đ', "d"), Map.entry((int) 'ı', "i"), Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Œ', "oe"), Map.entry((int) 'þ', "th"), Map.entry((int) 'ð', "d"));

    private Slug() {
    }

    /**
     * The slug of {@code title}.
     *
     * @throws IllegalArgumentException when the title has no letter or digit that could make a slug
     */
    public static String of(String title) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFD);
        StringBuilder slug = new StringBuilder(decomposed.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            String ascii = LETTERS_WITHOUT_DECOMPOSITION.get(cp);
            if (ascii == null && cp < 128 && Character.isLetterOrDigit(cp)) {
                ascii = String.valueOf((char) cp).toLowerCase(Locale.ROOT);
            }
            if (ascii == null) {
                pendingHyphen = slug.length() > 0;
                continue;
            }
            if (pendingHyphen) {
                slug.append('-');
                pendingHyphen = false;
            }
            slug.append(ascii);
        }
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("cannot make a URL slug from \"" + title
                    + "\": it has no letters or digits in the Latin alphabet; choose one with --slug");
        }
        return shorten(slug.toString());
    }

    private static String shorten(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
    }
}
