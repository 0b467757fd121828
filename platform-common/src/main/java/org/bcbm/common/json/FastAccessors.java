package org.bcbm.common.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Every service's JSON mapper reads and writes records through generated lambdas (Jackson Blackbird) rather than
 * reflective calls: on the answer path the reflective accessor calls were a measurable share of serialisation.
 */
@Singleton
public class FastAccessors implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
