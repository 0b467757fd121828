package org.bcbm.recommendation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Cohort jobs: profiles from cohort.requests, read by every replica in one shared group, answers to cohort.answers. */
@ConfigMapping(prefix = "bcbm.cohorts")
public interface CohortConfig {

    @WithDefault("true")
    boolean enabled();

    String requestsTopic();

    String answersTopic();

    /** One group for all replicas, so they split the partitions and each profile is answered by one of them. */
    @WithDefault("recommendation-cohorts")
    String group();

    /** Profiles per poll: their answers are acknowledged, then their offsets committed, as one step. */
    @WithDefault("200")
    int maxPollRecords();

    /** How long a batch waits for its answers and audits to be acknowledged before it is answered again. */
    @WithDefault("60s")
    Duration ackTimeout();

    /** Wait between tries while knowledge is loading or after a failed batch. */
    @WithDefault("1s")
    Duration retryBackoff();
}
