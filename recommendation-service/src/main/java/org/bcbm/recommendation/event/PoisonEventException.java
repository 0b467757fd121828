package org.bcbm.recommendation.event;

/** A record that can never be applied, whatever the retries: it goes to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
