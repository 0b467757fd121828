/**
 * Version 1 of every event payload the services exchange over Kafka. Each type has a JSON Schema in
 * {@code docs/contracts/}; producers and consumers test against those files, so an incompatible change fails both.
 * A breaking change gets a new package ({@code v2}) and a new {@code schemaVersion}, never an edit here.
 */
package org.bcbm.common.event.v1;
