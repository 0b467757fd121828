package org.bcbm.evidence.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bcbm.evidence.Trial;

/** Finds trials by id, by the agents their arms give, by subtype and by endpoint. */
@ApplicationScoped
public class TrialRepository implements PanacheRepositoryBase<Trial, String> {

    /** Filter values are optional; the query matches trials whose arms give {@code agent}. */
    public List<Trial> search(String agent, String subtype, String endpoint, String line, String text) {
        StringBuilder where = new StringBuilder("1=1");
        Map<String, Object> params = new HashMap<>();
        if (agent != null) {
            // arms is JSONB: search it natively, then load the entities
            where.append(" and t.trialId in (:agentTrials)");
            params.put("agentTrials", trialIdsGiving(agent));
        }
        if (subtype != null) {
            where.append(" and t.subtype in (:subtypes)");
            params.put("subtypes", subtypesMatching(subtype));
        }
        if (endpoint != null) {
            where.append(" and exists (select 1 from Outcome o where o.trial = t and o.endpoint = :endpoint)");
            params.put("endpoint", endpoint);
        }
        if (line != null) {
            where.append(" and (t.line = :line or t.line = 'any')");
            params.put("line", line);
        }
        if (text != null) {
            where.append(" and (lower(t.name) like :text or lower(t.trialId) like :text or lower(t.population) like :text)");
            params.put("text", "%" + text.toLowerCase(Locale.ROOT) + "%");
        }
        var query = getEntityManager()
                .createQuery("select t from Trial t where " + where + " order by t.trialId", Trial.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** A contract subtype (HR-/HER2+ ...) matches the trial populations that include it. */
    static List<String> subtypesMatching(String subtype) {
        return switch (subtype) {
            case "HR+/HER2-" -> List.of("HR+/HER2-", "HER2-", "HER2-low", "any");
            case "HR+/HER2+", "HR-/HER2+", "HER2+" -> List.of("HER2+", "any");
            case "TNBC" -> List.of("TNBC", "HER2-", "HER2-low", "any");
            default -> List.of(subtype, "any");
        };
    }

    @SuppressWarnings("unchecked")
    public List<String> trialIdsGiving(String inn) {
        List<String> ids = getEntityManager().createNativeQuery(
                "SELECT trial_id FROM trial "
                        + "WHERE arms @> jsonb_build_array(jsonb_build_object('agents', jsonb_build_array(CAST(:inn AS text))))")
                .setParameter("inn", inn)
                .getResultList();
        return ids.isEmpty() ? List.of("") : ids;
    }

    public List<Trial> byIds(Collection<String> ids) {
        return new ArrayList<>(list("trialId in ?1", Sort.by("trialId"), ids));
    }
}
