package eu.transferhub.search.index;

import java.util.Objects;

/**
 * What a publish made current, and how much of it was indexed to get there.
 *
 * @param version the version now current
 * @param indexed documents indexed (added or indexed again) or deleted for it: every document
 *                when the version was built afresh, 0 when nothing had changed
 */
public record IndexPublication(IndexVersion version, int indexed) {

    public IndexPublication {
        Objects.requireNonNull(version, "version");
    }
}
