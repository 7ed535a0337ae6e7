package eu.transferhub.generator.content;

import java.util.Objects;

/**
 * Identifies a bundle independent of language: all translations share one key.
 * References in front matter name the bundle only; the section comes from the field.
 *
 * @param section the section folder, {@code ""} for top-level pages
 * @param bundle  the bundle folder name, e.g. {@code bilbao}
 */
public record PageKey(String section, String bundle) implements Comparable<PageKey> {
    public PageKey {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(bundle, "bundle");
    }

    @Override
    public int compareTo(PageKey other) {
        int bySection = section.compareTo(other.section);
        return bySection != 0 ? bySection : bundle.compareTo(other.bundle);
    }

    @Override
    public String toString() {
        return section.isEmpty() ? bundle : section + "/" + bundle;
    }
}
