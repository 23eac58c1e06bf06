package app.haven.web.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The server's heap around one operation: the used heap after a full collection before it, the
 * highest used heap seen while it ran (sampled every millisecond, garbage not yet collected
 * included), the used heap after a full collection at the end, and the bytes all threads allocated
 * meanwhile (what the operation asked of the heap, whether it kept it or not).
 */
final class HeapWatch {

    record Heap(long before, long peak, long after, long allocated) {

        long peakGrowth() {
            return Math.max(0, peak - before);
        }

        long retainedGrowth() {
            return after - before;
        }

        /** Peak growth, allocated bytes and retained growth, for the client side of the benchmark. */
        String tsv() {
            return peakGrowth() + "\t" + allocated + "\t" + retainedGrowth();
        }
    }

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static volatile boolean watching;
    private static volatile long peak;
    private static long before;
    private static long allocatedBefore;
    private static Thread sampler;

    private HeapWatch() {
    }

    static synchronized void start() throws InterruptedException {
        before = settledHeap();
        peak = before;
        allocatedBefore = allocated();
        watching = true;
        sampler = new Thread(() -> {
            while (watching) {
                peak = Math.max(peak, used());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static synchronized Heap stop() throws InterruptedException {
        watching = false;
        sampler.join(1000);
        long highest = Math.max(peak, used());
        long allocated = allocated() - allocatedBefore;
        return new Heap(before, highest, settledHeap(), allocated);
    }

    private static long settledHeap() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
        System.gc();
        return used();
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
