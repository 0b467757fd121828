package org.bcbm.gateway.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.bcbm.gateway.service.LeaseStore;

/**
 * Quota leases in the gateway's own database: one row per key holding its current window, and one atomic statement
 * per lease, so replicas taking leases at the same moment are serialised by the row lock and the grants of a window
 * never add up to more than its quota.
 */
@ApplicationScoped
public class QuotaLeaseRepository implements LeaseStore {

    /**
     * The database's clock decides when a window ends, so replicas with clocks apart agree. ON CONFLICT's SET reads
     * the row as it was; RETURNING the row as written. A window ended a minute after its start: start a new one.
     */
    private static final String TAKE = """
            INSERT INTO quota_lease AS q (key_hash, window_start, quota, granted, last_grant)
            VALUES (?, now(), ?, ?, ?)
            ON CONFLICT (key_hash) DO UPDATE SET
              window_start = CASE WHEN q.window_start <= now() - interval '1 minute' THEN now() ELSE q.window_start END,
              quota = EXCLUDED.quota,
              last_grant = CASE WHEN q.window_start <= now() - interval '1 minute' THEN EXCLUDED.last_grant
                                ELSE greatest(0, least(EXCLUDED.last_grant, EXCLUDED.quota - q.granted)) END,
              granted = CASE WHEN q.window_start <= now() - interval '1 minute' THEN EXCLUDED.last_grant
                             ELSE q.granted + greatest(0, least(EXCLUDED.last_grant, EXCLUDED.quota - q.granted)) END
            RETURNING (extract(epoch FROM window_start) * 1000000)::bigint AS window_id, last_grant, granted,
                      greatest(0, (extract(epoch FROM window_start + interval '1 minute' - now()) * 1000)::bigint)
                          AS ends_in_millis
            """;

    private final AgroalDataSource dataSource;

    public QuotaLeaseRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Lease take(String keyHash, int quota, int block) {
        int grant = Math.min(block, quota);
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(TAKE)) {
            st.setString(1, keyHash);
            st.setInt(2, quota);
            st.setInt(3, grant);
            st.setInt(4, grant);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Lease(rs.getLong("window_id"), rs.getInt("last_grant"), rs.getInt("granted"),
                        rs.getLong("ends_in_millis"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lease from the quota store: " + e.getMessage(), e);
        }
    }
}
