package org.bcbm.e2e;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.bcbm.testsupport.KafkaBroker;
import org.bcbm.testsupport.TestCredentials;

/**
 * The whole platform as real processes for cross-service tests: a KRaft broker (test-support's KafkaBroker), the four
 * packaged services on free ports, each with its own fresh *_e2e database on the real PostgreSQL.
 */
final class LocalPlatform implements AutoCloseable {

    static final List<String> SERVICES = List.of("evidence-service", "access-cost-service", "recommendation-service",
            "gateway");
    private static final Map<String, String> DATABASES = Map.of("evidence-service", "evidence", "access-cost-service",
            "access", "recommendation-service", "recommendation", "gateway", "gateway");

    static final String BULK_CURATOR_KEY = "e2e-bulk-curator-key-0123456789";
    final Path root = Path.of(System.getProperty("bcbm.root", "..")).toAbsolutePath().normalize();
    final Path work = root.resolve("e2e-tests/target/e2e");
    final String pgHost = System.getProperty("bcbm.pg.host", "127.0.0.1");
    final int pgPort = Integer.parseInt(System.getProperty("bcbm.pg.port", "5432"));
    private final KafkaBroker broker = KafkaBroker.onFreePorts(work.resolve("kafka"));
    /** Every service exports its spans here, as it would to a collector in production. */
    final OtlpCollector collector = new OtlpCollector();
    final Map<String, Integer> ports = new HashMap<>();
    /** Each instance's management port: health and metrics, which the API port does not serve. */
    final Map<String, Integer> managementPorts = new HashMap<>();
    private final Map<String, Process> processes = new HashMap<>();

    LocalPlatform() {
        SERVICES.forEach(s -> {
            ports.put(s, freePort());
            managementPorts.put(s, freePort());
        });
    }

    void start() throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        for (String s : SERVICES) {
            resetDatabase(DATABASES.get(s));
        }
        startBroker(true);
        for (String s : SERVICES) {
            startService(s);
        }
        for (String s : SERVICES) {
            awaitReady(s, Duration.ofSeconds(120));
        }
    }

    /** Where the gateway reads the sandbox CDS client's public keys (read when the first CDS call comes). */
    Path cdsClientJwks() {
        return work.resolve("cds-client.jwks.json");
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** Where the instance serves /q/health and /q/metrics. */
    String managementUrl(String service) {
        return "http://127.0.0.1:" + managementPorts.get(service);
    }

    // ------------------------------------------------------------------ broker

    void startBroker(boolean fresh) {
        broker.start(fresh);
    }

    void stopBroker() {
        broker.stop();
    }

    /** SIGKILL, as when a broker's machine dies: no controlled shutdown, no flush. */
    void killBroker() {
        broker.kill();
    }

    /** Every service stopped, in reverse order of start; their databases keep their data. */
    void stopServices() throws InterruptedException {
        for (int i = SERVICES.size() - 1; i >= 0; i--) {
            if (processes.containsKey(SERVICES.get(i))) {
                stopService(SERVICES.get(i));
            }
        }
    }

    void startServices(Duration timeout) throws IOException {
        for (String s : SERVICES) {
            startService(s);
        }
        for (String s : SERVICES) {
            awaitReady(s, timeout);
        }
    }

    // ------------------------------------------------------------------ services

    void startService(String service) throws IOException {
        launch(service, service);
    }

    /**
     * One more replica of {@code service} on a port of its own, with the same database and broker (replicas that
     * share a consumer group split its partitions); named {@code service#2}, {@code service#3}... for url() and
     * stopService(). close() stops it with the rest.
     */
    String startExtraInstance(String service) throws IOException {
        int n = 2;
        while (ports.containsKey(service + "#" + n)) {
            n++;
        }
        String name = service + "#" + n;
        ports.put(name, freePort());
        managementPorts.put(name, freePort());
        launch(name, service);
        return name;
    }

    private void launch(String name, String service) throws IOException {
        Path jar = root.resolve(service + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("not packaged: " + jar);
        }
        ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile()));
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(name)));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPorts.get(name)));
        env.put("BCBM_PG_HOST", pgHost);
        env.put("BCBM_PG_PORT", String.valueOf(pgPort));
        env.put("BCBM_DB_NAME", DATABASES.get(service) + "_e2e");
        env.put("BCBM_KAFKA", broker.bootstrap());
        env.put("BCBM_LOCAL_KEYS", "true");
        // a curator key whose quota a thousand changes in a minute do not exhaust (the local one allows 600)
        env.put("BCBM_PARTNER_KEYS", "e2e bulk curator|curator|" + BULK_CURATOR_KEY + "|100000");
        env.put("BCBM_EVIDENCE_URL", url("evidence-service"));
        env.put("BCBM_ACCESS_URL", url("access-cost-service"));
        env.put("BCBM_RECOMMENDATION_URL", url("recommendation-service"));
        // zero trust as in production: the gateway signs with the private key, the others accept only that, and
        // listen on the loopback interface alone
        env.put("BCBM_SERVICE_SIGNING_KEY", TestCredentials.keys().privateKey().toString());
        env.put("BCBM_SERVICE_KEY_ID", TestCredentials.KEY_ID);
        env.put("BCBM_SERVICE_VERIFY_KEYS", TestCredentials.keys().publicKeys().toString());
        // the sandbox CDS client (issuer local-ehr), as ./platform up registers it; CdsHooksIT writes its JWK set
        env.put("BCBM_CDS_LOCAL_CLIENT_JWKS", cdsClientJwks().toString());
        env.put("BCBM_CDS_LOCAL_CLIENT_COUNTRY", "GB");
        if (!service.equals("gateway")) {
            env.put("BCBM_HTTP_HOST", "127.0.0.1");
        }
        // traces on, as in production, to the tests' collector; exported every 200 ms rather than every 5 s
        env.put("BCBM_OTLP_ENDPOINT", collector.endpoint());
        env.put("BCBM_OTLP_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        processes.put(name, pb.start());
    }

    void stopService(String service) throws InterruptedException {
        stop(processes.remove(service));
        int port = ports.get(service);
        await(Duration.ofSeconds(30), () -> !portOpen(port), service + " to stop");
    }

    void awaitReady(String service, Duration timeout) {
        await(timeout, () -> httpStatus(managementUrl(service) + "/q/health/ready") == 200,
                service + " to be ready (log: "
                + work.resolve(service + ".log") + ")");
    }

    @Override
    public void close() throws InterruptedException {
        for (String s : new ArrayList<>(processes.keySet())) {
            stop(processes.remove(s));
        }
        broker.stop();
        collector.close();
    }

    // ------------------------------------------------------------------ database

    Connection database(String service) throws SQLException {
        String db = DATABASES.get(service);
        return DriverManager.getConnection("jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + db + "_e2e", db, db);
    }

    /** Each run starts from empty schemas: Flyway then loads the reference data as on a new installation. */
    private void resetDatabase(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + db + "_e2e",
                db, db); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
    }

    // ------------------------------------------------------------------ helpers

    static void await(Duration timeout, BooleanSupplier condition, String what) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
    }

    static int httpStatus(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    static boolean portOpen(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void stop(Process p) throws InterruptedException {
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
