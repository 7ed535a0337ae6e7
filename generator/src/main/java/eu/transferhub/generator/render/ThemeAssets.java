package eu.transferhub.generator.render;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The theme's static files ({@code assets/**} and {@code images/**}) under fingerprinted
 * names: {@code assets/css/main.css} is published as {@code /assets/main.<hash>.css}, where
 * hash is the first 8 hex digits of the SHA-256 of its bytes, so a changed file gets a new
 * URL and every asset can be cached forever. Immutable.
 */
final class ThemeAssets {

    /** One published asset; {@code output} is site-relative without a leading slash. */
    record Asset(String source, String output, byte[] bytes) {
    }

    private final SortedMap<String, Asset> bySource;

    private ThemeAssets(SortedMap<String, Asset> bySource) {
        this.bySource = Collections.unmodifiableSortedMap(bySource);
    }

    static ThemeAssets fingerprint(ThemeFiles files) throws ThemeException {
        SortedMap<String, Asset> bySource = new TreeMap<>();
        Map<String, String> sourceByOutputName = new TreeMap<>();
        SortedMap<String, Path> statics = new TreeMap<>(files.under("assets/"));
        statics.putAll(files.under("images/"));
        for (Map.Entry<String, Path> file : statics.entrySet()) {
            String source = file.getKey();
            String fileName = source.substring(source.lastIndexOf('/') + 1);
            String previous = sourceByOutputName.put(fileName, source);
            if (previous != null) {
                throw new ThemeException(file.getValue(), 0, "asset name " + fileName + " is also used by "
                        + previous + "; assets are published in one folder, so give them different names");
            }
            byte[] bytes = ThemeFiles.readBytes(file.getValue());
            bySource.put(source, new Asset(source, "assets/" + fingerprintedName(fileName, bytes), bytes));
        }
        return new ThemeAssets(bySource);
    }

    /** {@code main.css} with its bytes → {@code main.<first 8 hex of SHA-256>.css}. */
    static String fingerprintedName(String fileName, byte[] bytes) {
        String hash = HexFormat.of().formatHex(sha256(bytes), 0, 4);
        int dot = fileName.lastIndexOf('.');
        return dot <= 0
                ? fileName + "." + hash
                : fileName.substring(0, dot) + "." + hash + fileName.substring(dot);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Every asset, by source path. */
    SortedMap<String, Asset> all() {
        return bySource;
    }

    /** The site-relative URL of the asset from {@code source}, e.g. {@code /assets/main.1a2b3c4d.css}. */
    String url(String source) {
        Asset asset = bySource.get(source);
        if (asset == null) {
            throw new IllegalArgumentException("theme has no asset " + source);
        }
        return "/" + asset.output();
    }

    boolean has(String source) {
        return bySource.containsKey(source);
    }
}
