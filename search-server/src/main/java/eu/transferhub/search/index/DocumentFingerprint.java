package eu.transferhub.search.index;

import eu.transferhub.search.document.SearchDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A digest of everything a {@link SearchDocument} holds, kept beside each indexed document so
 * that a later publish can tell which documents it must index again. Equal fingerprints mean
 * equal documents: SHA-256, of which 128 bits are kept (collisions among a site's pages are
 * out of reach; a 32- or 64-bit hash of 20,000 documents is not).
 */
final class DocumentFingerprint {

    /** Bytes kept of the digest. */
    static final int LENGTH = 16;

    private DocumentFingerprint() {
    }

    /** The fingerprint of {@code document}: every component, in order, each marked with its length. */
    static BytesRef of(SearchDocument document) {
        Digest digest = new Digest();
        digest.string(document.id());
        digest.string(document.url());
        digest.string(document.lang());
        digest.string(document.type());
        digest.string(document.title());
        digest.strings(document.headings());
        digest.string(document.summary());
        digest.string(document.body());
        digest.string(document.date());
        digest.strings(document.cities());
        digest.strings(document.networks());
        digest.strings(document.themes());
        digest.string(document.country());
        Map<String, String> labels = new TreeMap<>(document.labels());
        digest.length(labels.size());
        labels.forEach((value, label) -> {
            digest.string(value);
            digest.string(label);
        });
        return digest.finish();
    }

    /**
     * Ids of the documents that an index holds differently from {@code documents} (or without a
     * fingerprint), that {@code documents} adds, and that the index holds but {@code documents}
     * no longer has: what must be indexed again or deleted to make it hold exactly {@code documents}.
     */
    static Set<String> changed(Directory index, List<SearchDocument> documents) throws IOException {
        Map<String, BytesRef> indexed = read(index);
        // A pass over every text of the site: both cores.
        List<BytesRef> fingerprints = documents.parallelStream().map(DocumentFingerprint::of).toList();
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            String id = documents.get(i).id();
            BytesRef before = indexed.remove(id);
            if (!fingerprints.get(i).equals(before)) {
                changed.add(id);
            }
        }
        changed.addAll(indexed.keySet());
        return changed;
    }

    /**
     * The fingerprints of the live documents of an index, by id. Documents indexed without one
     * (by a release before fingerprints) are left out, so they count as changed.
     */
    private static Map<String, BytesRef> read(Directory directory) throws IOException {
        Map<String, BytesRef> fingerprints = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext context : reader.leaves()) {
                LeafReader leaf = context.reader();
                SortedDocValues ids = leaf.getSortedDocValues(SearchSchema.ID_SORT);
                BinaryDocValues values = leaf.getBinaryDocValues(SearchSchema.FINGERPRINT);
                if (ids == null || values == null) {
                    continue;
                }
                Bits live = leaf.getLiveDocs();
                for (int doc = values.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                        fingerprints.put(ids.lookupOrd(ids.ordValue()).utf8ToString(),
                                BytesRef.deepCopyOf(values.binaryValue()));
                    }
                }
            }
        }
        return fingerprints;
    }

    /** SHA-256 of strings as UTF-8 (the JDK's fastest encoding), each after its length. */
    private static final class Digest {
        private final MessageDigest sha = sha256();
        private final byte[] length = new byte[4];

        void string(String value) {
            if (value == null) {
                length(-1);
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            length(bytes.length);
            sha.update(bytes);
        }

        void strings(List<String> values) {
            length(values.size());
            values.forEach(this::string);
        }

        void length(int value) {
            length[0] = (byte) (value >>> 24);
            length[1] = (byte) (value >>> 16);
            length[2] = (byte) (value >>> 8);
            length[3] = (byte) value;
            sha.update(length);
        }

        BytesRef finish() {
            return new BytesRef(Arrays.copyOf(sha.digest(), LENGTH));
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
    }
}
