package eu.transferhub.generator.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work on a daemon thread of its own, beside the build's workers, whose result or failure the
 * thread that started it takes later. For bounded steps (a folder walk, a file write): waiting
 * for one is not interrupted.
 */
final class Background<T> {

    /** The work: a result, or an I/O failure. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    static <T> Background<T> start(String threadName, Work<T> work) {
        FutureTask<T> task = new FutureTask<>(work::run);
        Thread.ofPlatform().name(threadName).daemon().start(task);
        return new Background<>(task);
    }

    /** Waits for the result; throws what the work threw. */
    T get() throws IOException {
        switch (finished()) {
            case null -> {
                return task.resultNow();
            }
            case IOException io -> throw io;
            case UncheckedIOException unchecked -> throw unchecked.getCause();
            case RuntimeException runtime -> throw runtime;
            case Error error -> throw error;
            case Throwable other -> throw new IOException(other);
        }
    }

    /** Waits until the work is done; what it threw, or null. An interrupt is kept for later. */
    Throwable finished() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return null;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
