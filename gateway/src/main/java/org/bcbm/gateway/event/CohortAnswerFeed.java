package org.bcbm.gateway.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.bcbm.common.event.AtLeastOnceConsumer;
import org.bcbm.common.event.KafkaClients;
import org.bcbm.common.event.v1.CohortAnswered;
import org.bcbm.gateway.config.CohortConfig;
import org.bcbm.gateway.repository.CohortRepository;
import org.bcbm.gateway.repository.CohortRepository.NewAnswer;
import org.jboss.logging.Logger;

/**
 * Stores cohort.answers in cohort_answer, in one group shared by the gateway replicas. Offsets are committed only
 * after the batch is in the database, and each (job, index) is stored once, so redeliveries and duplicate answers
 * from recommendation-service leave one row each. Unreadable records go to the topic's DLQ.
 */
@ApplicationScoped
public class CohortAnswerFeed {

    private static final Logger LOG = Logger.getLogger(CohortAnswerFeed.class);

    private final CohortConfig config;
    private final CohortRepository repository;
    private final CohortPublisher deadLetters;
    private final ObjectMapper mapper;
    private final AtLeastOnceConsumer loop;

    public CohortAnswerFeed(CohortConfig config, CohortRepository repository, CohortPublisher deadLetters,
            ObjectMapper mapper, @Identifier("default-kafka-broker") Map<String, Object> kafka,
            MeterRegistry registry) {
        this.config = config;
        this.repository = repository;
        this.deadLetters = deadLetters;
        this.mapper = mapper;
        // rows are inserted once per (job, index), so a batch read again after a failure or rebalance is harmless
        this.loop = new AtLeastOnceConsumer("cohort-answers",
                KafkaClients.consumer(kafka, config.group(), "gateway-cohort-answers", 500), config.answersTopic(),
                config.retryBackoff(), this::store, registry);
    }

    void onStart(@Observes StartupEvent start) {
        loop.start(() -> true);
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        loop.stop();
    }

    private void store(ConsumerRecords<String, String> records) {
        List<NewAnswer> answers = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> r : records) {
            NewAnswer answer = read(mapper, r.value());
            if (answer == null) {
                LOG.warnf("unreadable cohort answer %s-%d@%d to %s.dlq", r.topic(), r.partition(), r.offset(),
                        r.topic());
                deadLetters.deadLetter(r.topic(), r.key(), r.value());
            } else {
                answers.add(answer);
            }
        }
        repository.insertIfAbsent(answers);
    }

    /**
     * A CohortAnswered envelope as the row it becomes; null when the record is not one: not an envelope, another
     * type, a member missing (a renamed one reads as missing), or not exactly one of recommendation and problem.
     */
    public static NewAnswer read(ObjectMapper mapper, String value) {
        try {
            AnsweredEnvelope envelope = mapper.readValue(value, AnsweredEnvelope.class);
            if (envelope == null || !CohortAnswered.TYPE.equals(envelope.type()) || envelope.payload() == null) {
                return null;
            }
            CohortAnswered answer = envelope.payload();
            boolean rejected = answer.problem() != null;
            if (answer.index() == null || answer.index() < 0 || answer.answeredBy() == null
                    || rejected == (answer.recommendation() != null)) {
                return null;
            }
            String json = mapper.writeValueAsString(rejected ? answer.problem() : answer.recommendation());
            return NewAnswer.of(UUID.fromString(answer.jobId()), answer.index(), json, rejected, answer.answeredBy());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The members of an EventEnvelope this feed needs, its payload read as a CohortAnswered in the same pass. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AnsweredEnvelope(String type, CohortAnswered payload) {
    }
}
