package org.bcbm.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.bcbm.testsupport.TestCredentials;

/**
 * Stand-ins for the three services, over real HTTP, so the gateway's timeouts, fallbacks and merges are
 * exercised in isolation. Each one's behaviour is switched over HTTP: POST /__mode/{ok|slow|down}.
 * The cross-service tests in e2e-tests run the real services.
 */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    /** A complete answer, as recommendation-service gives it: evidence, cost and availability included. */
    static final String RECOMMENDATION = """
            {"requestId":"%s","generatedAt":"2026-11-29T10:00:00Z",
             "knowledgeVersion":{"evidence":"evidence-v1","rules":"bcbm-rules test","access":"access@test"},
             "subtype":"HR+/HER2-","her2Low":false,"her2Ultralow":false,"endocrineSensitivity":"sensitive","lineOfTherapy":1,
             "options":[{"id":"letrozole-ribociclib","rank":1,"category":"systemic","regimen":"Letrozole + ribociclib",
               "agents":[{"inn":"letrozole"},{"inn":"ribociclib"}],"rationale":"r",
               "evidence":[{"trialId":"MONALEESA-2","endpoint":"OS","hazardRatio":0.76,"ci95":[0.63,0.93],
                 "doi":"10.1056/NEJMoa2114663","analysis":"final OS analysis","trialName":"MONALEESA-2","phase":"III"}],
               "cost":{"currency":"GBP","annualCost":38501.53,"prices":[{"inn":"ribociclib","amount":2950,"currency":"GBP",
                 "per":"63 x 200 mg","source":"NICE TA496","asOf":"2017-11-01","annualCost":38481.70}]},
               "access":{"available":true,"note":"every agent is available in United Kingdom"},"firstAvailable":true,
               "warnings":[]},
              {"id":"radiotherapy-8gy-single-fraction","rank":1,"category":"radiotherapy","regimen":"EBRT 8 Gy","agents":[],
               "evidence":[],"access":{"available":null,"note":"n"},"warnings":[],"radiotherapy":{"doseGy":8,"fractions":1}}],
             "contraindicated":[],"recommendedTests":[],"missingData":[],"notes":[],"partial":false,"degraded":[],"disclaimer":"d"}
            """;
    /** A richer answer for the CDS Hooks tests (mode "cds"): graded evidence, safety warnings, a contraindication. */
    static final String CDS_RECOMMENDATION = """
            {"requestId":"%s","generatedAt":"2026-11-29T10:00:00Z",
             "knowledgeVersion":{"evidence":"evidence-v1","rules":"bcbm-rules test","access":"access@test"},
             "subtype":"HR+/HER2-","her2Low":false,"her2Ultralow":false,"endocrineSensitivity":"sensitive","lineOfTherapy":1,
             "options":[{"id":"letrozole-ribociclib","rank":1,"category":"systemic","regimen":"Letrozole + ribociclib",
               "agents":[{"inn":"letrozole"},{"inn":"ribociclib"}],"schedule":"letrozole 2.5 mg daily; ribociclib 600 mg days 1-21 of 28",
               "rationale":"first line, endocrine-sensitive","sources":["ESMO MBC Living Guideline 2025"],
               "evidence":[{"trialId":"MONALEESA-2","endpoint":"OS","hazardRatio":0.76,"ci95":[0.63,0.93],"mcbsGrade":"A",
                 "doi":"10.1056/NEJMoa2114663","trialName":"MONALEESA-2","phase":"III","mcbsGradable":true},
                 {"trialId":"MONALEESA-2","endpoint":"PFS","hazardRatio":0.91,"ci95":[0.78,1.07],"mcbsGradable":false,
                 "mcbsNotGradableReason":"not statistically significant","doi":"10.1056/NEJMoa2114663","trialName":"MONALEESA-2"}],
               "cost":{"currency":"GBP","annualCost":38501.53},
               "access":{"available":true,"note":"every agent is available in United Kingdom"},"firstAvailable":true,
               "warnings":[]},
              {"id":"letrozole","rank":2,"category":"systemic","regimen":"Letrozole","agents":[{"inn":"letrozole"}],
               "evidence":[],"access":{"available":true,"note":"n"},"warnings":[]},
              {"id":"denosumab","rank":1,"category":"bone_modifying","regimen":"Denosumab 120 mg SC every 4 weeks",
               "agents":[{"inn":"denosumab"}],"schedule":"120 mg SC every 4 weeks","sources":["ESMO 2020 bone health"],
               "evidence":[{"trialId":"STOPECK-2010","endpoint":"TTFSRE","hazardRatio":0.82,"ci95":[0.71,0.95],
                 "doi":"10.1200/JCO.2010.29.7101","trialName":"STOPECK-2010"}],
               "cost":{"currency":"GBP","annualCost":null,"note":"price withheld as stale"},
               "access":{"available":true,"note":"n"},"firstAvailable":true,
               "warnings":["Check calcium and vitamin D before the first dose and give supplements: denosumab causes hypocalcaemia.",
                           "Dental examination before starting: osteonecrosis of the jaw."]},
              {"id":"radiotherapy-20gy-5-fractions-cord-compression","rank":1,"category":"radiotherapy",
               "regimen":"Radiotherapy 20 Gy in 5 fractions","agents":[],"evidence":[],"access":{"available":null,"note":"n"},
               "warnings":["Spinal cord compression: start dexamethasone now and refer for surgical opinion today."],
               "radiotherapy":{"doseGy":20,"fractions":5}}],
             "contraindicated":[{"inn":"zoledronic-acid","reason":"creatinine clearance below 30 mL/min"}],
             "recommendedTests":[{"test":"PIK3CA","reason":"selects alpelisib or capivasertib at progression"}],
             "missingData":["clinical.dentalStatus"],"notes":[],"partial":false,"degraded":[],"disclaimer":"d"}
            """;
    static final String TRIALS = """
            {"items":[{"trialId":"MONALEESA-2","name":"Ribociclib as first-line therapy","phase":"III","n":668,
              "population":"postmenopausal","outcomes":[{"endpoint":"OS","analysis":"final OS analysis","hazardRatio":0.76,
              "ci95":[0.63,0.93],"experimentalMedianMonths":63.9,"controlMedianMonths":51.4,"pValue":"0.008","doi":"10.1056/NEJMoa2114663"}]}],
             "page":0,"size":1,"total":1}
            """;
    static final String COSTS = """
            {"country":"GB","tier":"maximal","regimens":[
              {"id":"letrozole-ribociclib","available":true,"availabilityNote":"every agent is registered in United Kingdom",
               "annualCost":38501.53,"currency":"GBP","genericAvailable":false,"onWhoEssentialList":false,
               "agents":[{"inn":"ribociclib","annualCost":38481.70,"price":{"amount":2950,"currency":"GBP","per":"63 x 200 mg","source":"NICE TA496","asOf":"2017-11-01"}}]},
              {"id":"radiotherapy-8gy-single-fraction","available":null,"availabilityNote":"radiotherapy availability unknown","agents":[]}]}
            """;
    static final String PROBLEM = """
            {"type":"about:blank","title":"Bad Request","status":400,"detail":"amount: must be a positive amount",
             "violations":[{"field":"amount","message":"must be a positive amount"}]}
            """;

    /** The verified claims of the credential each stand-in last received, by stand-in name. */
    static final Map<String, JsonNode> lastCredential = new ConcurrentHashMap<>();
    /** The request id recommendation-service last received: the gateway's idempotency key. */
    static final AtomicReference<String> lastRequestId = new AtomicReference<>();
    /** The profile recommendation-service last received, as JSON. */
    static final AtomicReference<String> lastRecommendationBody = new AtomicReference<>();
    private final Map<String, String> modes = new ConcurrentHashMap<>();
    private HttpServer recommendation;
    private HttpServer evidence;
    private HttpServer access;

    @Override
    public Map<String, String> start() {
        recommendation = server("recommendation", exchange -> {
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            lastRequestId.set(requestId);
            lastRecommendationBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(exchange, 200, ("cds".equals(modes.get("recommendation")) ? CDS_RECOMMENDATION : RECOMMENDATION)
                    .formatted(requestId));
        });
        evidence = server("evidence", exchange -> respond(exchange, 200, TRIALS));
        access = server("access", exchange -> {
            if (exchange.getRequestMethod().equals("PUT")) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (body.contains("\"amount\":-")) {
                    respond(exchange, 400, PROBLEM);
                } else {
                    respond(exchange, 200, "{\"inn\":\"letrozole\",\"version\":1}");
                }
            } else {
                respond(exchange, 200, COSTS);
            }
        });
        return Map.of(
                "quarkus.rest-client.recommendation.url", url(recommendation),
                "quarkus.rest-client.evidence.url", url(evidence),
                "quarkus.rest-client.access.url", url(access),
                "test.stub.recommendation", url(recommendation),
                "test.stub.evidence", url(evidence),
                "test.stub.access", url(access));
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private HttpServer server(String name, Handler ok) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(8));
            modes.put(name, "ok");
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                if (path.startsWith("/__mode/")) {
                    modes.put(name, path.substring("/__mode/".length()));
                    respond(exchange, 204, "");
                    return;
                }
                // a real service takes nothing but the gateway's credential: neither does its stand-in
                Optional<JsonNode> credential = TestCredentials.verifiedClaims(
                        exchange.getRequestHeaders().getFirst("Authorization"));
                if (credential.isEmpty() || modes.get(name).equals("refuse-credential")) {
                    respond(exchange, 401, "{\"title\":\"Unauthorized\",\"status\":401}");
                    return;
                }
                lastCredential.put(name, credential.get());
                switch (modes.get(name)) {
                    case "down" -> respond(exchange, 500, "{\"title\":\"boom\"}");
                    case "slow" -> {
                        sleep(2500);
                        ok.handle(exchange);
                    }
                    case "slow-forever" -> {
                        sleep(6000);
                        ok.handle(exchange);
                    }
                    // "cds": the recommendation stand-in answers CDS_RECOMMENDATION
                    default -> ok.handle(exchange);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void stop() {
        for (HttpServer s : new HttpServer[] {recommendation, evidence, access}) {
            if (s != null) {
                s.stop(0);
            }
        }
    }
}
