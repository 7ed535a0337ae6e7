package eu.transferhub.generator.html;

import java.text.Normalizer;

/**
 * Turns heading text into an ASCII id: {@code "Timișoara: Łódź & Co."} becomes
 * {@code timisoara-lodz-co}. Diacritics are dropped after Unicode decomposition; letters that
 * do not decompose (ß, ł, ø, æ, œ, đ, ð, þ, ı) get their usual Latin transliteration.
 * Letters of other scripts are dropped. Case is folded by ASCII arithmetic, so the default
 * locale (Turkish dotless i) cannot change the result.
 */
public final class AsciiSlug {

    private AsciiSlug() {
    }

    /** The slug of {@code text}; {@code section} when nothing of it is left. */
    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder(decomposed.length());
        boolean hyphen = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String ascii = transliterate(c);
            for (int j = 0; j < ascii.length(); j++) {
                char a = ascii.charAt(j);
                if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9')) {
                    if (hyphen && !slug.isEmpty()) {
                        slug.append('-');
                    }
                    hyphen = false;
                    slug.append(a);
                } else {
                    hyphen = true;
                }
            }
        }
        return slug.isEmpty() ? "section" : slug.toString();
    }

    private static String transliterate(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'þ', 'Þ' -> "th";
            case 'ı' -> "i";
            case 'ħ', 'Ħ' -> "h";
            default -> c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + ('a' - 'A'))) : c < 128 ? String.valueOf(c) : " ";
        };
    }
}
