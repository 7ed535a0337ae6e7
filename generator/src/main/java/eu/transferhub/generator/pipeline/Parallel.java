package eu.transferhub.generator.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Maps a list on a bounded pool of worker threads, keeping the input order in the result. */
final class Parallel {

    private Parallel() {
    }

    /**
     * Applies {@code work} to every item with {@code threads} workers (the caller's thread
     * when 1). An exception in one item is rethrown, unchanged when unchecked.
     */
    static <T, R> List<R> map(int threads, List<T> items, Function<T, R> work, String stage,
            BuildProgress progress) {
        AtomicInteger done = new AtomicInteger();
        Function<T, R> counted = item -> {
            R result = work.apply(item);
            progress.update(stage, done.incrementAndGet(), items.size());
            return result;
        };
        if (threads == 1 || items.size() < 2) {
            return items.stream().map(counted).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), runnable -> {
            Thread thread = new Thread(runnable, "hub-" + stage.replace(' ', '-'));
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> counted.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + stage, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
