package app.haven.web.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Bounded measuring loops: every loop stops at its count or at its time limit, whichever comes first. */
final class Timed {

    /** One step of a loop; {@code i} counts from 0. */
    @FunctionalInterface
    interface Step {
        void run(int i) throws Exception;
    }

    /** The single latencies of a loop (or of several at once) and the wall time they took together. */
    record Run(List<Long> nanos, double seconds) {

        Figure figure(String unit) {
            return Figure.of(nanos, seconds, unit);
        }
    }

    private Timed() {
    }

    static Run repeat(int count, Duration limit, Step step) throws Exception {
        List<Long> nanos = new ArrayList<>(count);
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            long before = System.nanoTime();
            step.run(i);
            nanos.add(System.nanoTime() - before);
        }
        return new Run(nanos, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Two loops run as one, a step of each in turn (the second first on every other round), so that
     * whatever else the machine does at the time (the database's background work, a neighbour's
     * load) and whatever going first or second costs fall on both alike. Each run's time is the sum
     * of its own steps.
     */
    static Run[] alternately(int count, Duration limit, Step first, Step second) throws Exception {
        List<Long> firsts = new ArrayList<>(count);
        List<Long> seconds = new ArrayList<>(count);
        long deadline = System.nanoTime() + limit.toNanos();
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            boolean firstFirst = i % 2 == 0;
            long start = System.nanoTime();
            (firstFirst ? first : second).run(i);
            long between = System.nanoTime();
            (firstFirst ? second : first).run(i);
            long end = System.nanoTime();
            firsts.add(firstFirst ? between - start : end - between);
            seconds.add(firstFirst ? end - between : between - start);
        }
        return new Run[] {busy(firsts), busy(seconds)};
    }

    /** A run whose time is the sum of its latencies (its steps were interleaved with others'). */
    static Run busy(List<Long> nanos) {
        return new Run(nanos, nanos.stream().mapToLong(Long::longValue).sum() / 1e9);
    }

    /** A loop that is not measured: warms the code paths and caches up. */
    static void warmUp(int count, Step step) throws Exception {
        repeat(count, Duration.ofSeconds(30), step);
    }

    /**
     * Runs the workers at once, each on its own thread, and waits for all of them (at most the
     * limit plus a minute). Each worker answers the latencies of its own bounded loop.
     */
    static Run concurrently(List<Callable<List<Long>>> workers, Duration limit) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(workers.size());
        try {
            long start = System.nanoTime();
            List<Future<List<Long>>> running = new ArrayList<>();
            for (Callable<List<Long>> worker : workers) {
                running.add(threads.submit(worker));
            }
            List<Long> nanos = new ArrayList<>();
            for (Future<List<Long>> each : running) {
                nanos.addAll(each.get(limit.toSeconds() + 60, TimeUnit.SECONDS));
            }
            return new Run(nanos, (System.nanoTime() - start) / 1e9);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a concurrent worker failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** The latencies of one worker's loop, for {@link #concurrently}. */
    static List<Long> loop(int count, Duration limit, Step step) throws Exception {
        return repeat(count, limit, step).nanos();
    }
}
