package org.bcbm.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.gateway.config.CohortConfig;
import org.bcbm.gateway.event.CohortPublisher;
import org.bcbm.gateway.repository.CohortRepository;
import org.bcbm.gateway.repository.CohortRepository.Job;
import org.bcbm.gateway.repository.CohortRepository.StoredAnswer;

/**
 * Cohort jobs of any size: an upload goes onto cohort.requests profile by profile and is recorded once the broker
 * holds all of it; its answers come back from the database, in input order, a page at a time.
 */
@ApplicationScoped
public class CohortService {

    /** What an accepted upload answers. */
    public record Accepted(UUID jobId, int total, String status) {
    }

    private final CohortPublisher publisher;
    private final CohortRepository repository;
    private final ObjectMapper mapper;
    private final CohortConfig config;

    public CohortService(CohortPublisher publisher, CohortRepository repository, ObjectMapper mapper,
            CohortConfig config) {
        this.publisher = publisher;
        this.repository = repository;
        this.mapper = mapper;
        this.config = config;
    }

    /**
     * Streams the upload onto the topic and records the job only once every profile is acknowledged, so a job that
     * exists is a job whose every profile will be answered. An upload that fails half-way leaves no job.
     */
    public Accepted submit(String partner, InputStream body, boolean ndjson) {
        UUID jobId = UUID.randomUUID();
        CohortPublisher.Upload upload = publisher.upload(jobId);
        int total = ndjson ? ProfileStream.ndjson(body, mapper, upload::send)
                : ProfileStream.json(body, mapper, upload::send);
        upload.awaitAcknowledged();
        // a transaction of its own (the repository's): the upload itself may take minutes and holds none
        repository.insertJob(new Job(jobId, partner, total, Instant.now()));
        return new Accepted(jobId, total, CohortProgress.RUNNING);
    }

    public CohortProgress progress(String partner, String jobId) {
        Job job = job(partner, jobId);
        CohortRepository.Counts counts = repository.counts(job.jobId());
        return CohortProgress.of(job.jobId(), job.total(), counts.done(), counts.rejected(), counts.answeredBy(),
                job.createdAt(), Instant.now());
    }

    /** A partner's own job, else 404: another partner's job id tells nothing, not even that it exists. */
    public Job job(String partner, String jobId) {
        UUID id;
        try {
            id = UUID.fromString(jobId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("cohort job", jobId);
        }
        return repository.job(id).filter(j -> j.partner().equals(partner))
                .orElseThrow(() -> ProblemException.notFound("cohort job", jobId));
    }

    /**
     * Writes answers from index {@code from} as NDJSON, in index order, a page at a time; stops at the first index
     * not yet answered, so a running job gives the contiguous prefix that is done.
     */
    public void writeAnswers(UUID jobId, int from, OutputStream out) throws IOException {
        int next = from;
        while (true) {
            List<StoredAnswer> page = repository.page(jobId, next, config.pageSize());
            for (StoredAnswer a : page) {
                if (a.index() != next) {
                    return;
                }
                out.write(line(a));
                next++;
            }
            if (page.size() < config.pageSize()) {
                return;
            }
            out.flush();
        }
    }

    static byte[] line(StoredAnswer a) {
        return ("{\"index\":" + a.index() + (a.rejected() ? ",\"problem\":" : ",\"recommendation\":") + a.json()
                + "}\n").getBytes(StandardCharsets.UTF_8);
    }
}
