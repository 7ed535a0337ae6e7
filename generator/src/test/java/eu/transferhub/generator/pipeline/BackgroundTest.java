package eu.transferhub.generator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void theResultIsTheWorks() throws IOException {
        Background<String> work = Background.start("test", () -> "done");
        assertNull(work.finished());
        assertEquals("done", work.get());
    }

    @Test
    void anIoFailureIsThrownAsItWas() {
        IOException failure = new IOException("disk full");
        Background<Void> work = Background.start("test", () -> {
            throw failure;
        });
        assertSame(failure, work.finished(), "finished() reports without throwing");
        assertSame(failure, assertThrows(IOException.class, work::get));
    }

    @Test
    void anUncheckedIoFailureIsThrownAsTheIoExceptionItWraps() {
        IOException cause = new IOException("no such folder");
        Background<Void> work = Background.start("test", () -> {
            throw new UncheckedIOException(cause);
        });
        assertSame(cause, assertThrows(IOException.class, work::get));
    }

    @Test
    void otherFailuresKeepTheirType() {
        Background<Void> work = Background.start("test", () -> {
            throw new IllegalStateException("broken");
        });
        assertEquals("broken", assertThrows(IllegalStateException.class, work::get).getMessage());
    }
}
