-- Dated conversion rates: HMRC yearly average rates to 31 December 2024 (HMRC Trade Tariff exchange-rate files,
-- read via the velikodniy/hmrc-rates copy, data/average/2024-12.csv): USD 1.2787 per GBP; INR per USD derived
-- from HMRC's INR and USD rates per GBP (83.54). See docs/research/gni-and-exchange-rates.md.
INSERT INTO exchange_rate (currency, usd_per_unit, as_of, source) VALUES
('GBP', 1.2787, '2024-12-31', 'HMRC yearly average rate to 31 December 2024 (USD 1.2787 per GBP)'),
('INR', 0.01197031, '2024-12-31', 'HMRC yearly average rates to 31 December 2024 (INR 83.54 per USD, derived from the GBP rates)');

-- GNI per capita, Atlas method (World Bank WDI NY.GNP.PCAP.CD), only where verified: Nigeria 2024 USD 1,700.
UPDATE country SET gni_per_capita_usd = 1700, gni_per_capita_year = 2024,
    gni_per_capita_source = 'World Bank WDI NY.GNP.PCAP.CD 2024 (via africa-api.com mirror, updated 19 June 2026)',
    version = version + 1
WHERE code = 'NG';
