package org.bcbm.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Cohort jobs: where profiles go, where answers come from, and how the topics are made. */
@ConfigMapping(prefix = "bcbm.cohorts")
public interface CohortConfig {

    String requestsTopic();

    String answersTopic();

    /** Partitions of cohort.requests: the most recommendation-service replicas that can share one job. */
    @WithDefault("6")
    int partitions();

    /** Shared by every gateway replica, so each answer is stored by one of them. */
    @WithDefault("gateway-cohorts")
    String group();

    /** How long an upload waits for the broker to acknowledge its last profiles before it is a 503. */
    @WithDefault("120s")
    Duration ackTimeout();

    /** Answers read from the database per page while streaming them. */
    @WithDefault("500")
    int pageSize();

    /** Bodies above this size are refused on every route but the cohort upload (which streams). */
    @WithDefault("32M")
    MemorySize otherRoutesMaxBody();

    /** Wait before reading cohort.answers again after a failure (broker or database down). */
    @WithDefault("1s")
    Duration retryBackoff();
}
