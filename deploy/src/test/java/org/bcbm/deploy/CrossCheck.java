package org.bcbm.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the manifests must agree on with the code: each service's port and health paths as its
 * application.properties sets them, every setting it reads without a default given a value, every topic it uses
 * declared as a KafkaTopic, its own KafkaUser with an ACL for each topic and consumer group it names, and the
 * network flows the gateway needs allowed.
 */
final class CrossCheck {

    static final List<String> SERVICES = List.of("evidence-service", "access-cost-service", "recommendation-service",
            "gateway");
    private static final Set<String> HEALTH = Set.of("/q/health/started", "/q/health/ready", "/q/health/live");
    /** ${NAME} or ${NAME:} — a setting with no usable default, which the Deployment must give. */
    /** Settings that are credentials by name: a ConfigMap is readable by anyone who may read the namespace. */
    private static final Pattern SECRET_LIKE = Pattern.compile("PASSWORD|SECRET|JAAS|TOKEN|CREDENTIAL");
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{(BCBM_[A-Z0-9_]+)(:)?}");
    /** topic settings: the default after the colon is the topic's name in production. */
    private static final Pattern TOPIC = Pattern.compile("(?m)^[a-z][^=\\s]*topic=\\$\\{[A-Z0-9_]+:([^}]+)}");

    /** consumer-group settings: a literal group, or the prefix of the groups a service makes. */
    private static final Pattern GROUP = Pattern.compile("(?m)^[a-z][^=\\s]*(group|group\\.id|group-prefix)=([A-Za-z0-9._-]+)$");

    private CrossCheck() {
    }

    static List<String> problems(List<ObjectNode> objects) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> topics = new LinkedHashSet<>();
        for (ObjectNode o : objects) {
            if (o.path("kind").asText().equals("KafkaTopic")) {
                topics.add(o.path("spec").path("topicName").asText(o.path("metadata").path("name").asText()));
            }
        }
        for (String service : SERVICES) {
            String properties = prod(Manifests.properties(service));
            ObjectNode deployment = find(objects, "Deployment", service);
            if (deployment == null) {
                problems.add("Deployment/" + service + ": missing");
                continue;
            }
            JsonNode app = container(deployment);
            int port = Integer.parseInt(value(properties, "quarkus.http.port"));
            problems.addAll(portProblems(service, app, "http", port, "quarkus.http.port"));
            // health and metrics live on the management interface, never on the API's port
            problems.addAll(portProblems(service, app, "management",
                    Integer.parseInt(value(properties, "quarkus.management.port")), "quarkus.management.port"));
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                String path = app.path(probe).path("httpGet").path("path").asText();
                if (!HEALTH.contains(path)) {
                    problems.add("Deployment/" + service + ": " + probe + " path " + path + " is not a health endpoint");
                }
                if (!app.path(probe).path("httpGet").path("port").asText().equals("management")) {
                    problems.add("Deployment/" + service + ": " + probe + " must probe the port named management, "
                            + "where Quarkus serves health");
                }
            }
            Set<String> env = new LinkedHashSet<>();
            app.path("env").forEach(e -> env.add(e.path("name").asText()));
            for (JsonNode from : app.path("envFrom")) {
                String name = from.path("configMapRef").path("name").asText();
                ObjectNode settings = find(objects, "ConfigMap", name);
                if (settings == null) {
                    problems.add("Deployment/" + service + ": reads ConfigMap/" + name + ", which is not there");
                    continue;
                }
                settings.path("data").fieldNames().forEachRemaining(key -> {
                    env.add(key);
                    if (SECRET_LIKE.matcher(key).find()) {
                        problems.add("ConfigMap/" + name + ": " + key + " looks secret; it belongs in a Secret");
                    }
                });
            }
            Matcher m = REQUIRED.matcher(properties);
            while (m.find()) {
                if (!env.contains(m.group(1))) {
                    problems.add("Deployment/" + service + ": " + m.group(1) + " is read with no default and not set");
                }
            }
            ObjectNode user = find(objects, "KafkaUser", service);
            if (user == null) {
                problems.add("KafkaUser/" + service + ": missing (every service has its own Kafka identity)");
            } else if (!userOperatorRuns(objects,
                    user.path("metadata").path("labels").path("strimzi.io/cluster").asText())) {
                problems.add("KafkaUser/" + service + ": no User Operator runs for its cluster, so its credential "
                        + "and ACLs are never made (Kafka spec.entityOperator.userOperator)");
            }
            Matcher t = TOPIC.matcher(properties);
            while (t.find()) {
                String topic = t.group(1);
                if (!topics.contains(topic)) {
                    problems.add(service + " uses topic " + topic + ": no KafkaTopic declares it");
                }
                if (user != null && !allowed(user, "topic", topic)) {
                    problems.add("KafkaUser/" + service + ": no ACL for topic " + topic + ", which the service uses");
                }
            }
            Matcher g = GROUP.matcher(properties);
            while (g.find()) {
                if (user != null && !allowed(user, "group", g.group(2))) {
                    problems.add("KafkaUser/" + service + ": no ACL for consumer group " + g.group(2));
                }
            }
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            if (!pod.path("automountServiceAccountToken").isBoolean() || pod.path("automountServiceAccountToken").asBoolean()) {
                problems.add("Deployment/" + service + ": mounts a service-account token it never uses");
            }
            if (pod.path("topologySpreadConstraints").isEmpty()) {
                problems.add("Deployment/" + service + ": no topology spread: its pods may all land on one node");
            }
            boolean tmp = false;
            for (JsonNode mount : app.path("volumeMounts")) {
                tmp |= mount.path("mountPath").asText().equals("/tmp");
            }
            if (!app.path("securityContext").path("readOnlyRootFilesystem").asBoolean() || !tmp) {
                problems.add("Deployment/" + service + ": root file system must be read-only, with /tmp mounted writable");
            }
            if (!service.equals("gateway") && !allowsFromGateway(objects, service, port)) {
                problems.add("NetworkPolicy: nothing lets the gateway reach " + service + " on " + port);
            }
        }
        return problems;
    }

    /**
     * What a production overlay adds: every service scaled by an HPA that owns its replica count and kept up by a
     * PDB; the Ingress with a class, TLS, and no /q path.
     */
    static List<String> productionProblems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (String service : SERVICES) {
            ObjectNode deployment = find(objects, "Deployment", service);
            if (deployment != null && deployment.path("spec").has("replicas")) {
                problems.add("Deployment/" + service + ": sets replicas although its HPA owns that number");
            }
            ObjectNode hpa = find(objects, "HorizontalPodAutoscaler", service);
            if (hpa == null || !service.equals(hpa.path("spec").path("scaleTargetRef").path("name").asText())) {
                problems.add("HorizontalPodAutoscaler/" + service + ": missing");
            }
            ObjectNode pdb = find(objects, "PodDisruptionBudget", service);
            if (pdb == null || !service.equals(pdb.path("spec").path("selector").path("matchLabels")
                    .path("app.kubernetes.io/name").asText())) {
                problems.add("PodDisruptionBudget/" + service + ": missing");
            }
        }
        problems.addAll(backupProblems(objects));
        problems.addAll(monitoringProblems(objects));
        for (ObjectNode ingress : objects) {
            if (!ingress.path("kind").asText().equals("Ingress")) {
                continue;
            }
            String id = Manifests.id(ingress);
            if (ingress.path("spec").path("ingressClassName").asText().isEmpty()) {
                problems.add(id + ": no ingressClassName");
            }
            if (ingress.path("spec").path("tls").isEmpty()) {
                problems.add(id + ": no TLS");
            }
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    String p = path.path("path").asText();
                    if (p.equals("/") || p.startsWith("/q")) {
                        problems.add(id + ": routes " + p + ", which makes /q/* (metrics, health) public");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Every PostgreSQL cluster archives its WAL to an ObjectStore that exists and has a ScheduledBackup, so a lost
     * cluster can be restored to any moment of the retention window.
     */
    static List<String> backupProblems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode cluster : objects) {
            if (!cluster.path("kind").asText().equals("Cluster")) {
                continue;
            }
            String name = cluster.path("metadata").path("name").asText();
            String id = Manifests.id(cluster);
            String store = null;
            for (JsonNode plugin : cluster.path("spec").path("plugins")) {
                if (plugin.path("isWALArchiver").asBoolean()) {
                    store = plugin.path("parameters").path("barmanObjectName").asText();
                }
            }
            if (store == null) {
                problems.add(id + ": no WAL archiver plugin, so no point-in-time recovery");
            } else if (find(objects, "ObjectStore", store) == null) {
                problems.add(id + ": archives to ObjectStore/" + store + ", which is not there");
            }
            boolean scheduled = objects.stream().anyMatch(o -> o.path("kind").asText().equals("ScheduledBackup")
                    && o.path("spec").path("cluster").path("name").asText().equals(name)
                    && !o.path("spec").path("suspend").asBoolean());
            if (!scheduled) {
                problems.add(id + ": no ScheduledBackup");
            }
            if (cluster.path("spec").path("imageName").asText().isEmpty()) {
                problems.add(id + ": PostgreSQL image not pinned (spec.imageName)");
            }
        }
        return problems;
    }

    /** Every service and PostgreSQL cluster is scraped through a port its pods name, and there are alert rules. */
    static List<String> monitoringProblems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        ObjectNode services = find(objects, "PodMonitor", "bcbm-services");
        if (services == null) {
            problems.add("PodMonitor/bcbm-services: missing, so no service is scraped");
        } else {
            Set<String> scraped = new HashSet<>();
            services.path("spec").path("selector").path("matchExpressions")
                    .forEach(e -> e.path("values").forEach(v -> scraped.add(v.asText())));
            for (JsonNode endpoint : services.path("spec").path("podMetricsEndpoints")) {
                for (String service : SERVICES) {
                    ObjectNode deployment = find(objects, "Deployment", service);
                    boolean named = false;
                    for (JsonNode port : container(deployment).path("ports")) {
                        named |= port.path("name").asText().equals(endpoint.path("port").asText());
                    }
                    if (!named) {
                        problems.add("PodMonitor/bcbm-services: port " + endpoint.path("port").asText()
                                + " is not a port of Deployment/" + service);
                    }
                }
            }
            SERVICES.stream().filter(s -> !scraped.contains(s))
                    .forEach(s -> problems.add("PodMonitor/bcbm-services: does not select " + s));
        }
        if (find(objects, "PodMonitor", "bcbm-postgres") == null) {
            problems.add("PodMonitor/bcbm-postgres: missing, so PostgreSQL is not scraped");
        }
        if (objects.stream().noneMatch(o -> o.path("kind").asText().equals("PrometheusRule"))) {
            problems.add("PrometheusRule: none, so nothing alerts");
        }
        return problems;
    }

    /**
     * Every Deployment runs exactly the image the build produces, {@code <registry>/bcbm/<service>:<tag>}, with
     * registry and tag as the root pom sets them (bcbm.image.registry, bcbm.image.tag; Maven hands both to the tests).
     * For deploy/base: an overlay may move the images elsewhere with kustomize {@code images:}.
     */
    static List<String> imageProblems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (String service : SERVICES) {
            ObjectNode deployment = find(objects, "Deployment", service);
            String image = deployment == null ? "absent" : container(deployment).path("image").asText();
            if (!image.equals(builtImage(service))) {
                problems.add("Deployment/" + service + ": image " + image + " is not the one the build produces, "
                        + builtImage(service));
            }
        }
        return problems;
    }

    /** The image the images module builds for a service, named as the root pom says. */
    static String builtImage(String service) {
        return builtRepository(service) + ":" + pomProperty("bcbm.image.tag");
    }

    static String builtRepository(String service) {
        return pomProperty("bcbm.image.registry") + "/bcbm/" + service;
    }

    private static String pomProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests with Maven, which passes the root "
                    + "pom's value (mvn -pl deploy test)");
        }
        return value;
    }

    /** The production view of a properties file: profile-specific lines (%test., %dev.) dropped. */
    private static String prod(String properties) {
        StringBuilder out = new StringBuilder();
        properties.lines().filter(l -> !l.startsWith("%") && !l.startsWith("#")).forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    private static String value(String properties, String key) {
        return properties.lines().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1).trim())
                .findFirst().orElseThrow(() -> new IllegalStateException(key + " not set"));
    }

    static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)
                && o.path("metadata").path("name").asText().equals(name)).findFirst().orElse(null);
    }

    static JsonNode container(JsonNode deployment) {
        for (JsonNode c : deployment.path("spec").path("template").path("spec").path("containers")) {
            if (c.path("name").asText().equals("app")) {
                return c;
            }
        }
        return deployment.path("missing-app-container");
    }

    /** The container port of that name must be the one the service listens on. */
    private static List<String> portProblems(String service, JsonNode app, String name, int expected, String setting) {
        JsonNode found = null;
        for (JsonNode p : app.path("ports")) {
            if (p.path("name").asText().equals(name)) {
                found = p;
            }
        }
        if (found == null || found.path("containerPort").asInt() != expected) {
            return List.of("Deployment/" + service + ": container port " + name + " must be " + expected + " ("
                    + setting + "), is " + (found == null ? "absent" : found.path("containerPort").asText()));
        }
        return List.of();
    }

    /** Whether the Kafka cluster a KafkaUser names runs the entity operator's User Operator. */
    private static boolean userOperatorRuns(List<ObjectNode> objects, String cluster) {
        ObjectNode kafka = find(objects, "Kafka", cluster);
        return kafka != null && kafka.path("spec").path("entityOperator").has("userOperator");
    }

    /** Whether the user has an allow rule on this resource, by literal name or by a prefix of it. */
    private static boolean allowed(JsonNode user, String type, String name) {
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            JsonNode r = acl.path("resource");
            boolean prefix = r.path("patternType").asText("literal").equals("prefix");
            if (r.path("type").asText().equals(type) && !acl.path("type").asText("allow").equals("deny")
                    && (prefix ? name.startsWith(r.path("name").asText()) : name.equals(r.path("name").asText()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowsFromGateway(List<ObjectNode> objects, String service, int port) {
        for (ObjectNode o : objects) {
            if (!o.path("kind").asText().equals("NetworkPolicy")
                    || !service.equals(o.path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText())) {
                continue;
            }
            for (JsonNode rule : o.path("spec").path("ingress")) {
                boolean fromGateway = false;
                for (JsonNode from : rule.path("from")) {
                    fromGateway |= "gateway".equals(from.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
                }
                boolean onPort = false;
                for (JsonNode p : rule.path("ports")) {
                    onPort |= p.path("port").asInt() == port;
                }
                if (fromGateway && onPort) {
                    return true;
                }
            }
        }
        return false;
    }
}
