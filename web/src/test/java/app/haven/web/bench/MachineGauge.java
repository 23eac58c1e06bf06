package app.haven.web.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What the machine did while a load ran, read from the client's side: the server process's CPU
 * time per request (JIT compiler and garbage collector included: the Payara Micro this benchmark
 * started, a child of this JVM found by its command line) and how busy the machine's cores were,
 * with the share the hypervisor took from them ({@code steal}) given on its own, from Linux's
 * {@code /proc/stat}. It explains a latency figure; it is never a target. Where a figure cannot be
 * read (another operating system, the server not found) it says so instead.
 */
final class MachineGauge {

    private static final Path STAT = Path.of("/proc/stat");

    private final Optional<ProcessHandle> server;
    private final Optional<Duration> serverCpu;
    private final Optional<long[]> cores;

    private MachineGauge(Optional<ProcessHandle> server) {
        this.server = server;
        this.serverCpu = server.flatMap(process -> process.info().totalCpuDuration());
        this.cores = cores();
    }

    /** Starts gauging now. */
    static MachineGauge start() {
        return new MachineGauge(ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine()
                        .filter(line -> line.contains("payara-micro") && line.contains("-Dhaven.bench.dir="))
                        .isPresent())
                .findFirst());
    }

    /** The figures since {@link #start}, for the given number of requests, in words for the report. */
    String since(long requests) {
        String cpu = serverCpu.flatMap(first -> server.flatMap(process -> process.info().totalCpuDuration())
                        .map(last -> String.format("server process CPU (JIT and GC included) %.1f ms a request", last.minus(first).toNanos() / 1e6 / Math.max(1, requests))))
                .orElse("server CPU not readable");
        String machine = cores.flatMap(first -> cores().map(last -> {
            double total = last[0] - first[0];
            return String.format("cores %.0f%% busy (of which stolen by the hypervisor %.1f%%)", 100 * (1 - (last[1] - first[1]) / total),
                    100 * (last[2] - first[2]) / total);
        })).orElse("cores' use not readable");
        return cpu + ", " + machine;
    }

    /** Jiffies of all cores: in all, idle (with I/O wait), stolen; empty where {@code /proc/stat} is not there. */
    private static Optional<long[]> cores() {
        try {
            String[] cpu = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            long total = 0;
            for (int field = 1; field <= 8; field++) {
                total += Long.parseLong(cpu[field]);
            }
            return Optional.of(new long[] {total, Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]), Long.parseLong(cpu[8])});
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }
}
