package org.bcbm.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What one drug is in one country: registration, reimbursement, generics, and its sourced, dated price. */
@Entity
@Table(name = "listing")
public class Listing extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    /** null = unknown, never guessed */
    public Boolean registered;

    public Boolean reimbursed;

    @Column(name = "generic_available")
    public Boolean genericAvailable;

    @Column(name = "availability_source")
    public String availabilitySource;

    @Column(name = "availability_as_of")
    public LocalDate availabilityAsOf;

    @Column(name = "price_amount")
    public BigDecimal priceAmount;

    @Column(name = "price_currency")
    public String priceCurrency;

    /** what the price buys, e.g. "pack of 21 x 125 mg capsules" */
    @Column(name = "price_per")
    public String pricePer;

    @Column(name = "pack_units")
    public BigDecimal packUnits;

    @Column(name = "unit_strength_mg")
    public BigDecimal unitStrengthMg;

    @Column(name = "price_source")
    public String priceSource;

    @Column(name = "price_as_of")
    public LocalDate priceAsOf;

    /** the last price, withheld because it was older than the market's maximum price age; null otherwise */
    @Column(name = "withheld_price")
    public String withheldPrice;

    @Version
    public long version;

    public String aggregateId() {
        return id.countryCode + ":" + id.inn;
    }

    /** Country code and INN. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "country_code")
        public String countryCode;

        public String inn;

        public Key() {
        }

        public Key(String countryCode, String inn) {
            this.countryCode = countryCode;
            this.inn = inn;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.countryCode.equals(countryCode) && k.inn.equals(inn);
        }

        @Override
        public int hashCode() {
            return countryCode.hashCode() * 31 + inn.hashCode();
        }
    }
}
