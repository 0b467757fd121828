package org.bcbm.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks rendered objects strictly: operator resources (Strimzi, CloudNativePG and its Barman Cloud plugin, the
 * Prometheus Operator) against their CRD schemas
 * (deploy/schemas, which reject unknown fields), core kinds through the fabric8 Kubernetes model with any field the
 * model does not know reported as an error; a kind neither knows is an error too.
 */
final class ManifestCheck {

    /** apiVersion + kind → the CRD schema that checks it. */
    private static final Map<String, String> SCHEMAS = Map.of(
            "kafka.strimzi.io/v1 Kafka", "strimzi-0.49.1/kafka_v1.json",
            "kafka.strimzi.io/v1 KafkaNodePool", "strimzi-0.49.1/kafkanodepool_v1.json",
            "kafka.strimzi.io/v1 KafkaTopic", "strimzi-0.49.1/kafkatopic_v1.json",
            "kafka.strimzi.io/v1 KafkaUser", "strimzi-0.49.1/kafkauser_v1.json",
            "postgresql.cnpg.io/v1 Cluster", "cloudnative-pg-1.30.0/cluster_v1.json",
            "postgresql.cnpg.io/v1 ScheduledBackup", "cloudnative-pg-1.30.0/scheduledbackup_v1.json",
            "barmancloud.cnpg.io/v1 ObjectStore", "barman-cloud-0.14.0/objectstore_v1.json",
            "monitoring.coreos.com/v1 PodMonitor", "prometheus-operator-0.93.0/podmonitor_v1.json",
            "monitoring.coreos.com/v1 PrometheusRule", "prometheus-operator-0.93.0/prometheusrule_v1.json");

    /** apiVersion + kind → the Kubernetes model class. */
    private static final Map<String, Class<? extends KubernetesResource>> CORE = Map.of(
            "v1 Namespace", Namespace.class,
            "v1 Service", Service.class,
            "v1 ConfigMap", ConfigMap.class,
            "v1 Secret", Secret.class,
            "apps/v1 Deployment", Deployment.class,
            "networking.k8s.io/v1 Ingress", Ingress.class,
            "networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();
    /** Strict about types, lenient only where the model itself is (unknown fields go to additionalProperties). */
    private static final ObjectMapper MODEL = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private ManifestCheck() {
    }

    /** Every problem found in these objects, each naming the object and the field. */
    static List<String> problems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : objects) {
            String type = object.path("apiVersion").asText() + " " + object.path("kind").asText();
            String id = Manifests.id(object);
            if (SCHEMAS.containsKey(type)) {
                schema(SCHEMAS.get(type)).validate(object)
                        .forEach(m -> problems.add(id + ": " + m.getMessage()));
            } else if (CORE.containsKey(type)) {
                try {
                    Object model = MODEL.treeToValue(object, CORE.get(type));
                    unknownFields(model, "", problems, id, new IdentityHashMap<>());
                } catch (IOException e) {
                    problems.add(id + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
            } else {
                problems.add(id + ": no schema or model checks " + type + " (add one to ManifestCheck)");
            }
        }
        return problems;
    }

    private static JsonSchema schema(String file) {
        return LOADED.computeIfAbsent(file, f -> {
            try (InputStream in = Files.newInputStream(Manifests.DEPLOY.resolve("schemas").resolve(f))) {
                return FACTORY.getSchema(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read schema " + f, e);
            }
        });
    }

    /** Walks the model: whatever landed in an additionalProperties map is a field Kubernetes does not know. */
    private static void unknownFields(Object node, String path, List<String> problems, String id,
            Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, true) != null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems, id, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems, id, seen));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            try {
                Object value = getter.invoke(node);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(k -> problems.add(id + ": unknown field " + path + "." + k));
                    }
                } else {
                    String name = getter.getName().replaceFirst("^(get|is)", "");
                    unknownFields(value, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1),
                            problems, id, seen);
                }
            } catch (ReflectiveOperationException e) {
                problems.add(id + ": cannot read " + path + " (" + e + ")");
            }
        }
    }
}
