package org.bcbm.bench.load;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Open-model load at a fixed rate, with p50/p99 counted from when each request was due. */
public final class OpenLoad {

    /** Beyond this many requests in flight the server is not keeping up: later ones count as dropped. */
    private static final int MAX_IN_FLIGHT = 2000;
    /** Connections the generator may open, as many as a busy partner system would hold. */
    private static final int CONNECTIONS = 64;

    // usage: OpenLoad NAME URL BODY_FILE RATE_PER_S WARMUP_S MEASURE_S [Header: value]...
    // Requests leave on schedule whatever the server's pace, and latency counts from the due time, so a
    // stalled server shows in p99 instead of slowing the generator (no coordinated omission). The generator is one
    // Vert.x event loop: on a 2-core machine shared with the platform, the JDK's HTTP client cost as much CPU per
    // request as a service hop and fell behind the schedule it was meant to keep.
    public static void main(String[] args) throws Exception {
        String name = args[0];
        URI uri = URI.create(args[1]);
        Buffer body = Buffer.buffer(Files.readAllBytes(Path.of(args[2])));
        double rate = Double.parseDouble(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int measure = Integer.parseInt(args[5]);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json");
        for (int i = 6; i < args.length; i++) {
            int colon = args[i].indexOf(':');
            headers.add(args[i].substring(0, colon).trim(), args[i].substring(colon + 1).trim());
        }

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_1_1)
                .setKeepAlive(true).setConnectTimeout(2000), new PoolOptions().setHttp1MaxSize(CONNECTIONS));
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(uri.toString())
                .setHeaders(headers).setIdleTimeout(10_000);

        Latencies latencies = new Latencies();
        AtomicLong ok = new AtomicLong();
        AtomicLong non2xx = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        long[] inFlight = {0}; // touched only on the event loop

        long intervalNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(measure);
        long[] nextDue = {start};
        CountDownLatch finished = new CountDownLatch(1);
        // every millisecond, the requests whose time has come leave; each one's latency counts from its due time,
        // so the tick's own lateness is counted against the platform, never hidden
        vertx.setPeriodic(1, 1, timer -> {
            long now = System.nanoTime();
            while (nextDue[0] <= now && nextDue[0] < end) {
                long due = nextDue[0];
                nextDue[0] += intervalNanos;
                boolean counted = due >= measureFrom;
                if (inFlight[0] >= MAX_IN_FLIGHT) {
                    if (counted) {
                        dropped.incrementAndGet();
                    }
                    continue;
                }
                if (counted) {
                    sent.incrementAndGet();
                }
                inFlight[0]++;
                client.request(request)
                        .compose(req -> req.send(body))
                        .compose(response -> response.body().map(ignored -> response.statusCode()))
                        .onComplete(result -> {
                            inFlight[0]--;
                            if (counted) {
                                long micros = (System.nanoTime() - due) / 1000;
                                if (result.failed()) {
                                    failed.incrementAndGet();
                                } else if (result.result() / 100 != 2) {
                                    non2xx.incrementAndGet();
                                } else {
                                    ok.incrementAndGet();
                                    latencies.add(micros);
                                }
                            }
                            if (nextDue[0] >= end && inFlight[0] == 0) {
                                finished.countDown();
                            }
                        });
            }
            if (nextDue[0] >= end) {
                vertx.cancelTimer(timer);
                if (inFlight[0] == 0) {
                    finished.countDown();
                }
            }
        });
        // let the last requests finish before reading the figures
        finished.await(warmup + measure + 15L, TimeUnit.SECONDS);

        String p = "result " + name + ".";
        System.out.println(p + "rate=" + fmt(rate));
        System.out.println(p + "sent=" + sent.get());
        System.out.println(p + "ok=" + ok.get());
        System.out.println(p + "non2xx=" + non2xx.get());
        System.out.println(p + "errors=" + (failed.get() + dropped.get()));
        System.out.println(p + "achieved_rps=" + fmt(ok.get() / (double) measure));
        System.out.println(p + "p50_ms=" + fmt(latencies.percentileMillis(50)));
        System.out.println(p + "p99_ms=" + fmt(latencies.percentileMillis(99)));
        System.exit(0);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
