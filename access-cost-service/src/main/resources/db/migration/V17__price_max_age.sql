-- A price too old to describe today's market is not loaded. Each market (country) has a maximum price age in months;
-- a stored price older than it is removed here, the curator API refuses one (PUT .../prices/{inn}, asOf), and a
-- price that ages past it later is withheld from costs when read. Source note: docs/research/price-age.md.
--
-- Default 60 months: over five years a market sees generic or biosimilar entry (fulvestrant generics approved 2019,
-- denosumab biosimilars 2024, palbociclib generics in India 2023), tenders and currency moves, so an older price
-- says little about what a medicine costs today.
-- United States 24 months: list prices (WAC) change every year and CMS republishes Medicare Part B payment limits
-- every quarter and NADAC every week, so a current US price is never more than a few months old.
-- United Kingdom 120 months: NHS list prices of branded medicines change only when the manufacturer changes them
-- (Kisqali GBP 2,950 per 63 x 200 mg in NICE TA496, MIMS November 2017, and again in TA593, BNF March 2019); ten
-- years still removes the prices from before generic or biosimilar entry.
ALTER TABLE country ADD COLUMN price_max_age_months INTEGER NOT NULL DEFAULT 60 CHECK (price_max_age_months > 0);
UPDATE country SET price_max_age_months = 24 WHERE code = 'US';
UPDATE country SET price_max_age_months = 120 WHERE code = 'GB';

-- What was withheld as stale, so the cost note can say so instead of "no sourced price".
ALTER TABLE listing ADD COLUMN withheld_price TEXT;

-- A newer source for the same price: NICE TA593 quotes the Kisqali list price from the BNF of March 2019.
UPDATE listing SET price_source = 'NICE TA593 section 2, BNF online accessed March 2019', price_as_of = '2019-03-01',
    version = version + 1
WHERE country_code = 'GB' AND inn = 'ribociclib' AND price_amount = 2950.00 AND price_as_of = '2017-11-01';

-- Every stored price older than its market's maximum on 2026-11-30 (the date these listings were checked) is removed
-- and recorded. On that date: GB fulvestrant (NICE TA239, BNF 61, December 2011: the Faslodex price from before
-- generic fulvestrant), GB denosumab (NICE TA265, BNF 63, October 2012: before the denosumab biosimilars) and US
-- ribociclib (Kisqali wholesale acquisition cost at launch, 13 March 2017). No current sourced price was found for
-- any of them, so none replaces them.
UPDATE listing l SET
    withheld_price = l.price_currency || ' ' || trim_scale(l.price_amount)::text || ' per '
        || l.price_per || ' (' || l.price_source || ', as of ' || to_char(l.price_as_of, 'YYYY-MM-DD')
        || ') withheld as stale: older than the ' || c.price_max_age_months || '-month maximum price age in ' || c.code,
    price_amount = NULL, price_currency = NULL, price_per = NULL, pack_units = NULL, unit_strength_mg = NULL,
    price_source = NULL, price_as_of = NULL,
    version = l.version + 1
FROM country c
WHERE c.code = l.country_code AND l.price_amount IS NOT NULL
  AND l.price_as_of < DATE '2026-11-30' - make_interval(months => c.price_max_age_months);
