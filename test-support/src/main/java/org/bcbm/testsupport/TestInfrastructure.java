package org.bcbm.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;

/** Gives every @QuarkusTest of a module a Kafka broker and its PostgreSQL database, starting them if none is given. */
public class TestInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** Init args: the module's test database, its role (password = role name), and whether it uses Kafka. */
    public static final String DATABASE = "database";
    public static final String ROLE = "role";
    public static final String KAFKA = "kafka";

    static final String PG_HOST = "bcbm.pg.host";
    static final String PG_PORT = "bcbm.pg.port";
    // set once this JVM runs its own PostgreSQL, so later applications (new class loaders) find and reuse it
    private static final String PG_EMBEDDED = "bcbm.pg.embedded";

    private String database;
    private String role;
    private boolean kafka = true;

    @Override
    public void init(Map<String, String> initArgs) {
        database = required(initArgs, DATABASE);
        role = required(initArgs, ROLE);
        kafka = !"false".equals(initArgs.get(KAFKA));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        if (kafka) {
            config.put("kafka.bootstrap.servers", KafkaBroker.forTests());
        }
        String host = postgres();
        int port = Integer.parseInt(System.getProperty(PG_PORT));
        ensureDatabase(host, port);
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":" + port + "/" + database);
        config.put("quarkus.datasource.username", role);
        config.put("quarkus.datasource.password", role);
        config.put("bcbm.service.verify-keys", TestCredentials.keys().publicKeys().toString());
        config.put("bcbm.service.signing-key", TestCredentials.keys().privateKey().toString());
        return config;
    }

    @Override
    public void stop() {
        // nothing: the broker and PostgreSQL serve every test class of this JVM and end with it
    }

    /** The PostgreSQL host, after starting an embedded one (and pointing bcbm.pg.* at it) if none answers. */
    private static synchronized String postgres() {
        String host = System.getProperty(PG_HOST, "127.0.0.1");
        int port = Integer.parseInt(System.getProperty(PG_PORT, "5432"));
        if (answers(host, port)) {
            System.setProperty(PG_HOST, host);
            System.setProperty(PG_PORT, String.valueOf(port));
            return host;
        }
        try {
            // zonky's own shutdown hook stops it and deletes its data directory when the JVM exits
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(KafkaBroker.freePort())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            System.setProperty(PG_HOST, "127.0.0.1");
            System.setProperty(PG_PORT, String.valueOf(pg.getPort()));
            System.setProperty(PG_EMBEDDED, "true");
            return "127.0.0.1";
        } catch (IOException e) {
            throw new UncheckedIOException("nothing answers on " + host + ":" + port
                    + " and the embedded PostgreSQL did not start", e);
        }
    }

    /**
     * Creates the role and database when the role cannot log in to it yet: always so on the embedded PostgreSQL;
     * on the machine's, with -Dbcbm.pg.superuser / BCBM_PG_SUPERUSER (postgres) and its password, if allowed.
     */
    private void ensureDatabase(String host, int port) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/";
        try (Connection c = connect(url + database, role, role)) {
            return;
        } catch (SQLException e) {
            // the role or database is missing (or its password differs): try to create them below
        }
        boolean embedded = Boolean.getBoolean(PG_EMBEDDED);
        String superuser = embedded ? "postgres" : setting("bcbm.pg.superuser", "BCBM_PG_SUPERUSER", "postgres");
        String password = embedded ? "" : setting("bcbm.pg.superuser.password", "BCBM_PG_SUPERUSER_PASSWORD", "");
        try (Connection c = connect(url + "postgres", superuser, password); Statement st = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                st.execute("CREATE ROLE " + ident(role) + " LOGIN PASSWORD '" + ident(role) + "'");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                st.execute("CREATE DATABASE " + ident(database) + " OWNER " + ident(role));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("role " + role + " cannot use database " + database + " on " + host + ":"
                    + port + ", and creating them as " + superuser + " failed (" + e.getMessage() + "): run "
                    + "./platform infra up once, set BCBM_PG_SUPERUSER(_PASSWORD), or -Dbcbm.pg.port to a free port "
                    + "for an embedded PostgreSQL", e);
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "5");
        // the driver directly: DriverManager may not see it from Quarkus's test class loader
        Connection c = new Driver().connect(url, props);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return c;
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Names come from our own annotations, but never let one become SQL. */
    private static String ident(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        return name;
    }

    private static boolean answers(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String setting(String property, String env, String fallback) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(env)))
                .orElse(fallback);
    }

    private static String required(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("TestInfrastructure needs the init arg '" + name + "'");
        }
        return value;
    }
}
