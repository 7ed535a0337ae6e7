package eu.transferhub.search.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the search-document file: JSON Lines, UTF-8, one {@link SearchDocument}
 * per line, in the order given (the generator sorts by id so builds are byte-identical).
 * Thread-safe.
 */
public final class SearchDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final ObjectWriter WRITER = MAPPER.writerFor(SearchDocument.class);
    private static final ObjectReader READER = MAPPER.readerFor(SearchDocument.class);

    private SearchDocuments() {
    }

    /** Writes the documents to {@code file}, replacing it. */
    public static void write(List<SearchDocument> documents, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (SearchDocument document : documents) {
                out.write(toJson(document));
                out.write('\n');
            }
        }
    }

    /** One document as a single line of JSON (no line breaks inside). */
    public static String toJson(SearchDocument document) {
        try {
            return WRITER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every document of {@code file}.
     *
     * @throws IOException when the file cannot be read, or a line is not a valid document; the
     *                     message names the file and the line number
     */
    public static List<SearchDocument> read(Path file) throws IOException {
        List<SearchDocument> documents = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    documents.add(READER.readValue(line));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + number + ": not a valid search document: "
                            + e.getMessage().lines().findFirst().orElse(""), e);
                }
            }
        }
        return documents;
    }
}
