package org.bcbm.gateway.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** cohort_job and cohort_answer, in plain SQL: answers are inserted in batches and read back in pages. */
@ApplicationScoped
public class CohortRepository {

    /** A job as recorded at upload. */
    public record Job(UUID jobId, String partner, int total, Instant createdAt) {
    }

    /** One stored answer: its index, whether it is a problem, and the recommendation or problem as JSON text. */
    public record StoredAnswer(int index, boolean rejected, String json) {
    }

    /** One answer from cohort.answers, as it is stored. */
    public record NewAnswer(UUID jobId, int index, String json, boolean rejected, String answeredBy) {

        public static NewAnswer of(UUID jobId, int index, String json, boolean rejected, String answeredBy) {
            return new NewAnswer(jobId, index, json, rejected, answeredBy);
        }
    }

    /** How many answers a job has, how many are problems, and how many each replica gave. */
    public record Counts(long done, long rejected, Map<String, Long> answeredBy) {
    }

    private final AgroalDataSource db;

    public CohortRepository(AgroalDataSource db) {
        this.db = db;
    }

    @Transactional
    public void insertJob(Job job) {
        sql("INSERT INTO cohort_job (job_id, partner, total, created_at) VALUES (?, ?, ?, ?)", ps -> {
            ps.setObject(1, job.jobId());
            ps.setString(2, job.partner());
            ps.setInt(3, job.total());
            ps.setTimestamp(4, Timestamp.from(job.createdAt()));
            ps.executeUpdate();
            return null;
        });
    }

    public Optional<Job> job(UUID jobId) {
        return sql("SELECT partner, total, created_at FROM cohort_job WHERE job_id = ?", ps -> {
            ps.setObject(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Job(jobId, rs.getString(1), rs.getInt(2),
                        rs.getTimestamp(3).toInstant())) : Optional.<Job>empty();
            }
        });
    }

    /** Stores each answer once: a redelivered or re-answered profile keeps the first answer stored. */
    @Transactional
    public int insertIfAbsent(List<NewAnswer> answers) {
        if (answers.isEmpty()) {
            return 0;
        }
        return sql("INSERT INTO cohort_answer (job_id, idx, answer, rejected, answered_by) "
                + "VALUES (?, ?, CAST(? AS jsonb), ?, ?) ON CONFLICT (job_id, idx) DO NOTHING", ps -> {
                    for (NewAnswer a : answers) {
                        ps.setObject(1, a.jobId());
                        ps.setInt(2, a.index());
                        ps.setString(3, a.json());
                        ps.setBoolean(4, a.rejected());
                        ps.setString(5, a.answeredBy());
                        ps.addBatch();
                    }
                    int inserted = 0;
                    for (int n : ps.executeBatch()) {
                        inserted += Math.max(n, 0);
                    }
                    return inserted;
                });
    }

    public Counts counts(UUID jobId) {
        return sql("SELECT answered_by, count(*), count(*) FILTER (WHERE rejected) FROM cohort_answer "
                + "WHERE job_id = ? GROUP BY answered_by ORDER BY answered_by", ps -> {
                    ps.setObject(1, jobId);
                    long done = 0;
                    long rejected = 0;
                    Map<String, Long> by = new LinkedHashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            by.put(rs.getString(1), rs.getLong(2));
                            done += rs.getLong(2);
                            rejected += rs.getLong(3);
                        }
                    }
                    return new Counts(done, rejected, by);
                });
    }

    /** Up to {@code limit} answers from index {@code from} on, in index order. */
    public List<StoredAnswer> page(UUID jobId, int from, int limit) {
        return sql("SELECT idx, rejected, answer::text FROM cohort_answer WHERE job_id = ? AND idx >= ? "
                + "ORDER BY idx LIMIT ?", ps -> {
                    ps.setObject(1, jobId);
                    ps.setInt(2, from);
                    ps.setInt(3, limit);
                    List<StoredAnswer> page = new ArrayList<>(limit);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            page.add(new StoredAnswer(rs.getInt(1), rs.getBoolean(2), rs.getString(3)));
                        }
                    }
                    return page;
                });
    }

    private <T> T sql(String sql, Statement<T> body) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            return body.run(ps);
        } catch (SQLException e) {
            throw new IllegalStateException("cohort storage: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Statement<T> {
        T run(PreparedStatement ps) throws SQLException;
    }
}
