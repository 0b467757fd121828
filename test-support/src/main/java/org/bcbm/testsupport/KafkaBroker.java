package org.bcbm.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A single-node KRaft Apache Kafka broker run as a child JVM from the broker jars in infra/kafka/libs. */
public final class KafkaBroker implements AutoCloseable {

    /** Where the broker jars are; else {@link #LIBS_ENV}, else {@code <repo root>/infra/kafka/libs}. */
    public static final String LIBS_PROPERTY = "bcbm.kafka.libs";
    public static final String LIBS_ENV = "BCBM_KAFKA_LIBS";

    /** The broker a build was told to use, e.g. by ./platform test; {@link #forTests()} sets it when it starts one. */
    public static final String BOOTSTRAP_PROPERTY = "bcbm.kafka";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path libs;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final boolean outliveThisJvm;
    private Process process;

    // Uses only the JDK on purpose: ./platform runs this file with the source launcher, without a build.

    /**
     * A broker whose config, data and logs live in {@code dir}. Unless {@code outliveThisJvm}, the broker exits when
     * this JVM does, even on kill -9, so a killed test run leaves no broker behind.
     */
    public KafkaBroker(Path dir, int port, int controllerPort, boolean outliveThisJvm) {
        this.libs = libs();
        this.dir = dir.toAbsolutePath().normalize();
        this.port = port;
        this.controllerPort = controllerPort;
        this.outliveThisJvm = outliveThisJvm;
    }

    /** A broker on two free ports, tied to this JVM. */
    public static KafkaBroker onFreePorts(Path dir) {
        return new KafkaBroker(dir, freePort(), freePort(), false);
    }

    /**
     * The broker this JVM's tests share: {@code -Dbcbm.kafka} when given, else one started on free ports the first
     * time it is asked for, killed and wiped when the JVM exits. A system property rather than a static field holds
     * it, because Quarkus loads test classes afresh for each application it starts.
     */
    public static synchronized String forTests() {
        String given = System.getProperty(BOOTSTRAP_PROPERTY);
        if (given != null && !given.isBlank()) {
            return given;
        }
        try {
            Path target = Path.of("target");
            Path dir = Files.createTempDirectory(Files.isDirectory(target) ? target : Path.of(System.getProperty(
                    "java.io.tmpdir")), "kafka-");
            KafkaBroker broker = onFreePorts(dir);
            broker.start(true);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // the data dies with the JVM, so a controlled shutdown would only cost seconds
                broker.kill();
                try {
                    broker.wipe();
                } catch (IOException e) {
                    System.err.println("could not delete " + dir + ": " + e.getMessage());
                }
            }, "kafka-broker-stop"));
            System.setProperty(BOOTSTRAP_PROPERTY, broker.bootstrap());
            return broker.bootstrap();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a Kafka broker for the tests", e);
        }
    }

    public int port() {
        return port;
    }

    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    public Path dir() {
        return dir;
    }

    /** Broker log4j output; the child JVM's own stdout and stderr go to stdout.log beside it. */
    public Path log() {
        return dir.resolve("server.log");
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /**
     * Starts the broker and waits until its port answers. {@code fresh} wipes the data first (a new cluster);
     * otherwise it restarts on the data a previous start left, formatting storage only if there is none.
     */
    public synchronized void start(boolean fresh) {
        if (running()) {
            throw new IllegalStateException("broker on " + port + " already running");
        }
        if (portOpen(port)) {
            throw new IllegalStateException("port " + port + " is taken by something else");
        }
        try {
            if (fresh) {
                wipe();
            }
            writeConfig();
            if (!Files.exists(dir.resolve("data/meta.properties"))) {
                format();
            }
            process = launch();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Kafka in " + dir, e);
        }
        Instant end = Instant.now().plus(START_TIMEOUT);
        while (!portOpen(port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + " before listening on "
                        + port + ": see " + dir.resolve("stdout.log") + " and " + log());
            }
            if (Instant.now().isAfter(end)) {
                kill();
                throw new IllegalStateException("Kafka not listening on " + port + " after "
                        + START_TIMEOUT.toSeconds() + " s: see " + log());
            }
            sleep(200);
        }
    }

    /** Controlled shutdown (SIGTERM), SIGKILL if it takes too long; the data stays for a restart. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
        awaitPortClosed();
    }

    /** SIGKILL, as when the broker's machine dies: no controlled shutdown, no flush. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        awaitPortClosed();
    }

    /** Deletes config, data and logs: the next start is a new, empty cluster. */
    public synchronized void wipe() throws IOException {
        if (running()) {
            throw new IllegalStateException("stop the broker before wiping " + dir);
        }
        deleteTree(dir);
    }

    @Override
    public void close() {
        stop();
    }

    // ------------------------------------------------------------------ start-up steps

    private void writeConfig() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        String server = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "# topics are created on first use, keyed by aggregate id over 3 partitions",
                "auto.create.topics.enable=true",
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=-1",
                "");
        String log4j = String.join("\n",
                "status = warn",
                "appender.file.type = File",
                "appender.file.name = file",
                "appender.file.fileName = " + log(),
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.file.ref = file",
                "logger.kafka.name = kafka",
                "logger.kafka.level = info",
                "logger.apache.name = org.apache.kafka",
                "logger.apache.level = warn",
                "");
        Files.writeString(dir.resolve("server.properties"), server, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("log4j2.properties"), log4j, StandardCharsets.UTF_8);
    }

    private void format() throws IOException {
        Path out = dir.resolve("format.log");
        Process p = new ProcessBuilder(java(), "-cp", libs + "/*", log4jOption(), "kafka.tools.StorageTool", "format",
                "-t", clusterId(), "-c", dir.resolve("server.properties").toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (waitFor(p) != 0) {
            throw new IllegalStateException("formatting Kafka storage failed: " + Files.readString(out));
        }
    }

    private Process launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xms128m", "-Xmx512m", log4jOption()));
        Optional<Path> self = outliveThisJvm ? Optional.empty() : ownLocation();
        if (self.isPresent()) {
            command.addAll(List.of("-cp", libs + "/*" + File.pathSeparator + self.get(),
                    KafkaBroker.class.getName(), "child", String.valueOf(ProcessHandle.current().pid())));
        } else {
            command.addAll(List.of("-cp", libs + "/*", "kafka.Kafka"));
        }
        command.add(dir.resolve("server.properties").toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("stdout.log").toFile())).start();
    }

    private String log4jOption() {
        return "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties");
    }

    /** What StorageTool random-uuid prints (16 random bytes, URL-safe base64), without a JVM start for it. */
    private static String clusterId() {
        while (true) {
            UUID u = UUID.randomUUID();
            byte[] bytes = new byte[16];
            for (int i = 0; i < 8; i++) {
                bytes[i] = (byte) (u.getMostSignificantBits() >>> (56 - 8 * i));
                bytes[8 + i] = (byte) (u.getLeastSignificantBits() >>> (56 - 8 * i));
            }
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            // Kafka refuses ids that look like command-line options
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    /** The jar or classes directory this class came from, when it is a file (not under the source launcher). */
    private static Optional<Path> ownLocation() {
        CodeSource source = KafkaBroker.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ broker jars

    /** The broker jars, fetched from Maven Central with infra/kafka/pom.xml the first time. */
    public static synchronized Path libs() {
        String configured = Optional.ofNullable(System.getProperty(LIBS_PROPERTY)).orElse(System.getenv(LIBS_ENV));
        Path libs = configured == null || configured.isBlank() ? repoRoot().resolve("infra/kafka/libs")
                : Path.of(configured).toAbsolutePath();
        if (!complete(libs)) {
            fetch(libs);
        }
        return libs;
    }

    private static boolean complete(Path libs) {
        if (!Files.isDirectory(libs)) {
            return false;
        }
        try (Stream<Path> files = Files.list(libs)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            return names.stream().anyMatch(n -> n.startsWith("kafka_2.13-"))
                    && names.stream().anyMatch(n -> n.startsWith("kafka-tools-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void fetch(Path libs) {
        Path pom = repoRoot().resolve("infra/kafka/pom.xml");
        System.err.println("fetching the Kafka broker jars into " + libs + " (once)");
        try {
            Files.createDirectories(libs.getParent());
            // copy into a private directory and move it in whole, so a second JVM never sees half the jars
            Path partial = Files.createTempDirectory(libs.getParent(), libs.getFileName() + ".partial-");
            Path out = partial.resolve("fetch.log");
            Process p = new ProcessBuilder(mvn(), "-B", "-q", "-f", pom.toString(), "dependency:copy-dependencies",
                    "-DincludeScope=runtime", "-DoutputDirectory=" + partial)
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (waitFor(p) != 0) {
                throw new IllegalStateException("could not fetch the Kafka jars: " + Files.readString(out));
            }
            Files.delete(out);
            try {
                if (Files.isDirectory(libs)) {
                    deleteTree(libs); // an incomplete copy from an older run
                }
                Files.move(partial, libs, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                deleteTree(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not fetch the Kafka jars into " + libs, e);
        }
    }

    private static String mvn() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    /** {@code -Dbcbm.root}, else the nearest directory up from the working directory that holds infra/kafka. */
    static Path repoRoot() {
        String configured = System.getProperty("bcbm.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("infra/kafka/pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (no infra/kafka/pom.xml above "
                + Path.of("").toAbsolutePath() + "): set -D" + LIBS_PROPERTY + " or -Dbcbm.root");
    }

    // ------------------------------------------------------------------ helpers

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitPortClosed() {
        Instant end = Instant.now().plus(STOP_TIMEOUT);
        while (portOpen(port) && Instant.now().isBefore(end)) {
            sleep(200);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ------------------------------------------------------------------ command line

    /**
     * {@code start PORT CONTROLLER_PORT DIR [fresh]} starts a broker that outlives this command and prints its PID
     * (for ./platform); {@code child PARENT_PID SERVER_PROPERTIES} is how a broker tied to a JVM runs.
     */
    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("start")) {
            KafkaBroker broker = new KafkaBroker(Path.of(args[3]), Integer.parseInt(args[1]),
                    Integer.parseInt(args[2]), true);
            broker.start(args.length > 4 && args[4].toLowerCase(Locale.ROOT).equals("fresh"));
            System.out.println(broker.process.pid());
        } else if (args.length == 3 && args[0].equals("child")) {
            long parent = Long.parseLong(args[1]);
            Thread watch = new Thread(() -> {
                ProcessHandle.of(parent).ifPresent(h -> h.onExit().join());
                // the JVM that started this broker is gone: shut down (Kafka's hook flushes) rather than linger
                System.exit(0);
            }, "parent-watch");
            watch.setDaemon(true);
            watch.start();
            Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) new String[] {args[2]});
        } else {
            System.err.println("usage: start PORT CONTROLLER_PORT DIR [fresh] | child PARENT_PID SERVER_PROPERTIES");
            System.exit(2);
        }
    }
}
