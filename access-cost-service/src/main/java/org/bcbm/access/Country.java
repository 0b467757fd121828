package org.bcbm.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An ISO 3166-1 country: World Bank income group, resource tier (derived or curator override), radiotherapy. */
@Entity
@Table(name = "country")
public class Country extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** low, lower_middle, upper_middle, high; null = not yet curated */
    @Column(name = "income_group")
    public String incomeGroup;

    @Column(name = "income_group_year")
    public Integer incomeGroupYear;

    @Column(name = "income_group_source")
    public String incomeGroupSource;

    /** basic, limited, enhanced, maximal: set by a curator when the income group misleads */
    @Column(name = "tier_override")
    public String tierOverride;

    @Column(name = "tier_override_reason")
    public String tierOverrideReason;

    /** null = unknown */
    /** what the public system pays for, in words, with its source (no structured claim beyond the listings) */
    @Column(name = "public_coverage")
    public String publicCoverage;

    @Column(name = "public_coverage_source")
    public String publicCoverageSource;

    @Column(name = "radiotherapy_available")
    public Boolean radiotherapyAvailable;

    @Column(name = "radiotherapy_source")
    public String radiotherapySource;

    /** null = no source on file */
    @Column(name = "ihc_available")
    public Boolean ihcAvailable;

    @Column(name = "ish_available")
    public Boolean ishAvailable;

    @Column(name = "ngs_available")
    public Boolean ngsAvailable;

    @Column(name = "diagnostics_source")
    public String diagnosticsSource;

    @Column(name = "diagnostics_as_of")
    public java.time.LocalDate diagnosticsAsOf;

    @Column(name = "gni_per_capita_usd")
    public java.math.BigDecimal gniPerCapitaUsd;

    @Column(name = "gni_per_capita_year")
    public Integer gniPerCapitaYear;

    @Column(name = "gni_per_capita_source")
    public String gniPerCapitaSource;

    /** the maximum age of a price in this market, in months (see PriceAges) */
    @Column(name = "price_max_age_months", nullable = false)
    public int priceMaxAgeMonths = 60;

    @Version
    public long version;

    public String tier() {
        return tierOverride != null ? tierOverride : ResourceTier.fromIncomeGroup(incomeGroup);
    }

    public String tierSource() {
        if (tierOverride != null) {
            return "override";
        }
        return incomeGroup == null ? null : "derived";
    }
}
