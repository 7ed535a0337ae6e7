package eu.transferhub.search.index;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One published, complete and immutable index.
 *
 * @param id            the version's name, also its directory name under the index root, e.g.
 *                      {@code v00000042}; later versions sort after earlier ones
 * @param directory     where the Lucene index of this version lives
 * @param documentCount number of documents in it
 */
public record IndexVersion(String id, Path directory, int documentCount) {

    public IndexVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(directory, "directory");
    }
}
