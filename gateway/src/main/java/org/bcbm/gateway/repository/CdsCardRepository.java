package org.bcbm.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bcbm.gateway.CdsCard;

/** Keeps each issued card, so feedback on it can be tied to the option or rule it showed. */
@ApplicationScoped
public class CdsCardRepository {

    @Transactional
    public void record(List<CdsCard> cards) {
        cards.forEach(card -> card.persist());
    }
}
