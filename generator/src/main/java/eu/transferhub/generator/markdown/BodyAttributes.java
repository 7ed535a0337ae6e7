package eu.transferhub.generator.markdown;

import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Applies the pre-render walk's decisions ({@link PageInfo}) while HTML is written: heading
 * ids, {@code rel="noopener noreferrer"} on external links, lazy images, and no
 * {@code href}/{@code src} for URLs with unsafe schemes.
 */
final class BodyAttributes implements AttributeProvider {

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        PageInfo info = PageInfo.of(node);
        if (info == null) {
            return;
        }
        switch (node) {
            case Heading heading -> {
                String id = info.headingIds.get(heading);
                if (id != null) {
                    attributes.put("id", id);
                }
            }
            case Link link -> {
                if (info.unsafe.contains(link)) {
                    attributes.remove("href");
                } else if (info.external.contains(link)) {
                    attributes.put("rel", "noopener noreferrer");
                }
            }
            case Image image -> {
                if (info.unsafe.contains(image)) {
                    attributes.remove("src");
                }
                attributes.put("loading", "lazy");
                attributes.put("decoding", "async");
            }
            default -> {
            }
        }
    }
}
