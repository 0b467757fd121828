package org.bcbm.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.bcbm.common.contract.RandomIds;
import org.bcbm.common.event.v1.CdsFeedbackRecorded;
import org.bcbm.common.outbox.Outbox;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.gateway.CdsCard;
import org.bcbm.gateway.CdsFeedback;
import org.bcbm.gateway.CdsHooks;

/**
 * Stores CDS Hooks feedback and publishes each item on cds.feedback through the outbox, in one transaction: curators
 * see which options and safety rules clinicians override, and why.
 */
@ApplicationScoped
public class CdsFeedbackService {

    private final Outbox outbox;
    private final ObjectMapper mapper;

    public CdsFeedbackService(Outbox outbox, ObjectMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /** All or nothing: one item naming a card this client was never given fails the whole call (400). */
    @Transactional
    public int record(String issuer, CdsHooks.FeedbackRequest request) {
        if (request == null || request.feedback() == null || request.feedback().isEmpty()) {
            throw ProblemException.badField("feedback", "must list at least one card's outcome");
        }
        List<CdsHooks.Feedback> items = request.feedback();
        for (int i = 0; i < items.size(); i++) {
            record(issuer, items.get(i), "feedback[" + i + "]");
        }
        return items.size();
    }

    private void record(String issuer, CdsHooks.Feedback item, String field) {
        if (item == null) {
            throw ProblemException.badField(field, "must not be null");
        }
        CdsCard card = card(item.card(), field + ".card");
        if (!card.issuer.equals(issuer)) {
            // another client's card: say no more than for an unknown one
            throw ProblemException.badField(field + ".card", "no card with this uuid was issued to this client");
        }
        if (!"accepted".equals(item.outcome()) && !"overridden".equals(item.outcome())) {
            throw ProblemException.badField(field + ".outcome", "must be accepted or overridden");
        }
        Instant outcomeAt = timestamp(item.outcomeTimestamp(), field + ".outcomeTimestamp");
        List<String> accepted = item.acceptedSuggestions() == null ? List.of()
                : item.acceptedSuggestions().stream().filter(Objects::nonNull).map(CdsHooks.AcceptedSuggestion::id)
                        .filter(Objects::nonNull).toList();
        CdsHooks.Coding reason = item.overrideReason() == null ? null : item.overrideReason().reason();
        if (reason != null && (reason.code() == null || reason.code().isBlank())) {
            throw ProblemException.badField(field + ".overrideReason.reason.code", "must not be blank");
        }

        CdsFeedback row = new CdsFeedback();
        row.id = RandomIds.uuid();
        row.cardUuid = card.uuid;
        row.issuer = issuer;
        row.outcome = item.outcome();
        row.overrideReasonSystem = reason == null ? null : reason.system();
        row.overrideReasonCode = reason == null ? null : reason.code();
        row.overrideReasonDisplay = reason == null ? null : reason.display();
        row.userComment = item.overrideReason() == null ? null : item.overrideReason().userComment();
        row.acceptedSuggestions = mapper.valueToTree(accepted);
        row.outcomeTimestamp = outcomeAt;
        row.recordedAt = Instant.now();
        row.persist();

        long version = CdsFeedback.count("cardUuid", card.uuid);
        CdsFeedbackRecorded payload = CdsFeedbackRecorded.builder()
                .feedbackId(row.id.toString())
                .client(issuer)
                .outcome(row.outcome)
                .outcomeTimestamp(outcomeAt.toString())
                .recordedAt(row.recordedAt.toString())
                .card(CdsFeedbackRecorded.CardIssued.builder()
                        .uuid(card.uuid.toString())
                        .hook(card.hook)
                        .kind(card.kind)
                        .indicator(card.indicator)
                        .optionId(card.optionId)
                        .category(card.category)
                        .summary(card.summary)
                        .patientHash(card.patientHash)
                        .rulesVersion(card.rulesVersion)
                        .issuedAt(card.issuedAt.toString())
                        .build())
                .overrideReason(reason == null ? null
                        : new CdsFeedbackRecorded.OverrideReason(reason.system(), reason.code(), reason.display()))
                .acceptedSuggestions(accepted)
                .userCommentGiven(row.userComment != null && !row.userComment.isBlank())
                .build();
        outbox.record(CdsFeedbackRecorded.AGGREGATE, card.uuid.toString(), version, CdsFeedbackRecorded.TYPE, payload);
    }

    private static CdsCard card(String uuid, String field) {
        UUID id;
        try {
            id = UUID.fromString(Objects.requireNonNull(uuid));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badField(field, "must be the uuid of a card this service issued");
        }
        CdsCard card = CdsCard.findById(id);
        if (card == null) {
            throw ProblemException.badField(field, "no card with this uuid was issued to this client");
        }
        return card;
    }

    private static Instant timestamp(String value, String field) {
        if (value == null) {
            throw ProblemException.badField(field, "is required");
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, "must be an ISO 8601 date-time with an offset");
        }
    }
}
