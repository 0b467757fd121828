package org.bcbm.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a real PostgreSQL from the binaries on Maven Central when the machine has none, and creates the services'
 * roles and databases idempotently over JDBC (no psql client needed).
 *
 * <pre>
 * serve  PORT DATA_DIR                     start PostgreSQL and block until killed
 * ensure PORT SUPERUSER PASSWORD ROLE:DB…  create each role (password = role) and database if missing
 * </pre>
 */
public final class PgTool {

    private PgTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("serve")) {
            serve(Integer.parseInt(args[1]), new File(args[2]));
        } else if (args.length >= 4 && args[0].equals("ensure")) {
            ensure(Integer.parseInt(args[1]), args[2], args[3], java.util.Arrays.copyOfRange(args, 4, args.length));
        } else {
            System.err.println("usage: serve PORT DATA_DIR | ensure PORT SUPERUSER PASSWORD ROLE:DB...");
            System.exit(2);
        }
    }

    private static void serve(int port, File dataDir) throws Exception {
        dataDir.mkdirs();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        System.out.println("embedded PostgreSQL ready on 127.0.0.1:" + port);
        new CountDownLatch(1).await();
    }

    private static void ensure(int port, String superuser, String password, String[] roleDbs) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, superuser, password); Statement st = c.createStatement()) {
            for (String roleDb : roleDbs) {
                String[] parts = roleDb.split(":");
                String role = ident(parts[0]);
                String db = ident(parts[1]);
                if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                    st.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + role + "'");
                }
                if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", db)) {
                    st.execute("CREATE DATABASE " + db + " OWNER " + role);
                }
                System.out.println("database " + db + " (role " + role + ") ready");
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Names come from our own script, but never let one become SQL. */
    private static String ident(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        return name;
    }
}
