package eu.transferhub.search;

import eu.transferhub.search.document.SearchDocument;
import eu.transferhub.search.document.SearchDocuments;
import eu.transferhub.search.index.IndexPublisher;
import eu.transferhub.search.index.IndexVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The shared search-document fixture and the small test site, for every test of the module. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The documents of {@code search-documents/fixture.jsonl}. */
    public static List<SearchDocument> documents() {
        try {
            return SearchDocuments.read(resource("search-documents/fixture.jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes the fixture documents under {@code indexRoot}. */
    public static IndexVersion publishFixture(Path indexRoot) throws IOException {
        return IndexPublisher.publish(indexRoot, documents());
    }

    /** Copies the test site ({@code site/} in the test resources) to {@code target}. */
    public static Path copySite(Path target) throws IOException {
        Path source = resource("site");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
