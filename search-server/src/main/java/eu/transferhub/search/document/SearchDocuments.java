package eu.transferhub.search.document;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
    /** One value after another into one generator, without a flush after each. */
    private static final ObjectWriter LINE_WRITER = WRITER.without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private SearchDocuments() {
    }

    /**
     * Writes the documents to {@code file}, replacing it. Jackson's generator writes UTF-8
     * straight into the stream: a string per line, encoded again, took twice as long.
     */
    public static void write(List<SearchDocument> documents, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            // Lines end with a line break and nothing else: no space before the next value.
            json.setRootValueSeparator(null);
            for (SearchDocument document : documents) {
                LINE_WRITER.writeValue(json, document);
                json.writeRaw('\n');
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
