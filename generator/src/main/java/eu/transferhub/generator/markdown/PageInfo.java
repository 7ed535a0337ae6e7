package eu.transferhub.generator.markdown;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

/**
 * What the pre-render walk decided about the nodes of one document, carried inside the
 * document itself (as its first child, rendered as nothing) so that the shared, stateless
 * HTML renderer's attribute provider can read it. This keeps the renderer built once and
 * free of thread-locals.
 */
final class PageInfo extends CustomBlock {

    final Map<Node, String> headingIds = new IdentityHashMap<>();
    final Set<Node> external = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Node> unsafe = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** The PageInfo of the document {@code node} is in, or null when it has none (not rendered by us). */
    static PageInfo of(Node node) {
        Node root = node;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getFirstChild() instanceof PageInfo info ? info : null;
    }
}
