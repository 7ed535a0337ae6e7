package eu.transferhub.generator.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser side of the preview: open tabs subscribe to {@code /_preview/events}
 * (Server-Sent Events) and are told to {@code reload} after a rebuild, or shown the
 * {@code problems} of a save that did not build. Thread-safe.
 */
final class ReloadEvents {

    static final String PATH = "/_preview/events";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private volatile List<String> problems = List.of();

    SseHandler handler() {
        return new SseHandler(client -> {
            clients.add(client);
            client.onClose(() -> clients.remove(client));
            // A tab that opens while the last save is broken shows the problems at once.
            if (!problems.isEmpty()) {
                client.sendEvent("problems", json(problems));
            }
            client.keepAlive();
        });
    }

    /** Tells every tab to reload. */
    void reload() {
        problems = List.of();
        broadcast("reload", "{}");
    }

    /** Shows these problems over the page in every tab (an empty list removes the overlay). */
    void problems(List<String> problems) {
        this.problems = List.copyOf(problems);
        broadcast("problems", json(problems));
    }

    int clients() {
        return clients.size();
    }

    /** Ends every subscription, so a graceful stop does not wait for them. */
    void closeAll() {
        for (SseClient client : clients) {
            client.close();
        }
        clients.clear();
    }

    private void broadcast(String event, String data) {
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent(event, data);
            }
        }
    }

    private static String json(List<String> problems) {
        try {
            return JSON.writeValueAsString(problems);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
