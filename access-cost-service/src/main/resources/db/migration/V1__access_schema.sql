-- Access and cost owned by access-cost-service. NULL means "unknown": no value is ever guessed.
CREATE TABLE country (
    code                   VARCHAR(2) PRIMARY KEY,
    name                   TEXT NOT NULL,
    income_group           TEXT CHECK (income_group IN ('low', 'lower_middle', 'upper_middle', 'high')),
    income_group_year      INTEGER,
    income_group_source    TEXT,
    tier_override          TEXT CHECK (tier_override IN ('basic', 'limited', 'enhanced', 'maximal')),
    tier_override_reason   TEXT,
    radiotherapy_available BOOLEAN,
    radiotherapy_source    TEXT,
    version                BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE drug (
    inn                       TEXT PRIMARY KEY,
    atc_code                  TEXT,
    who_eml                   TEXT CHECK (who_eml IN ('core', 'complementary', 'not_listed')),
    who_eml_year              INTEGER,
    who_eml_source            TEXT,
    generic_exists            BOOLEAN,
    dose_mg                   NUMERIC(10, 3),
    administrations_per_cycle INTEGER,
    cycle_days                INTEGER,
    schedule                  TEXT,
    schedule_source           TEXT,
    version                   BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE listing (
    country_code        VARCHAR(2) NOT NULL REFERENCES country (code),
    inn                 TEXT NOT NULL REFERENCES drug (inn),
    registered          BOOLEAN,
    reimbursed          BOOLEAN,
    generic_available   BOOLEAN,
    availability_source TEXT,
    availability_as_of  DATE,
    price_amount        NUMERIC(14, 4) CHECK (price_amount IS NULL OR price_amount > 0),
    price_currency      VARCHAR(3),
    price_per           TEXT,
    pack_units          NUMERIC(10, 3) CHECK (pack_units IS NULL OR pack_units > 0),
    unit_strength_mg    NUMERIC(10, 3) CHECK (unit_strength_mg IS NULL OR unit_strength_mg > 0),
    price_source        TEXT,
    price_as_of         DATE,
    version             BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (country_code, inn)
);

-- Dated conversion rates; a price is shown in USD only when a rate for its currency is on file.
CREATE TABLE exchange_rate (
    currency VARCHAR(3) PRIMARY KEY,
    usd_per_unit NUMERIC(18, 8) NOT NULL CHECK (usd_per_unit > 0),
    as_of    DATE NOT NULL,
    source   TEXT NOT NULL
);
