-- Formulations and strengths of each agent, with their source: the WHO EML 24th list (2025) where it lists the
-- medicine, otherwise the originator's label or product information (excerpts: docs/research/formulations.md).
-- Epirubicin stays NULL: no label's dosage-forms section could be read.
ALTER TABLE drug ADD COLUMN formulations TEXT;
ALTER TABLE drug ADD COLUMN formulations_source TEXT;

CREATE TEMPORARY TABLE forms (inn TEXT PRIMARY KEY, formulations TEXT NOT NULL, source TEXT NOT NULL);
INSERT INTO forms (inn, formulations, source) VALUES
('tamoxifen', 'tablet: 10 mg; 20 mg (as citrate)', 'WHO EML 24th list (2025)'),
('anastrozole', 'tablet: 1 mg', 'WHO EML 24th list (2025)'),
('zoledronic acid', 'concentrate solution for infusion: 4 mg/5 mL in 5 mL vial; solution for infusion: 4 mg/100 mL in 100 mL bottle', 'WHO EML 24th list (2025)'),
('trastuzumab', 'powder for injection: 60 mg; 150 mg; 440 mg in vial', 'WHO EML 24th list (2025)'),
('capecitabine', 'tablet: 150 mg; 500 mg', 'WHO EML 24th list (2025)'),
('paclitaxel', 'injection: 6 mg/mL in vial', 'WHO EML 24th list (2025)'),
('docetaxel', 'injection: 20 mg/mL; 40 mg/mL', 'WHO EML 24th list (2025)'),
('doxorubicin', 'injection: 2 mg/mL (hydrochloride) in vial; powder for injection: 10 mg; 50 mg (hydrochloride) in vial', 'WHO EML 24th list (2025)'),
('carboplatin', 'injection: 50 mg/5 mL; 150 mg/15 mL; 450 mg/45 mL; 600 mg/60 mL', 'WHO EML 24th list (2025)'),
('vinorelbine', 'capsule: 20 mg; 30 mg; 80 mg; injection: 10 mg/mL in 1 mL, 5 mL vial', 'WHO EML 24th list (2025)'),
('cisplatin', 'injection: 10 mg/10 mL; 20 mg/20 mL; 50 mg/50 mL; 100 mg/100 mL', 'WHO EML 24th list (2025)'),
('gemcitabine', 'powder for injection: 200 mg; 1 g in vial', 'WHO EML 24th list (2025)'),
('everolimus', 'tablet: 2.5 mg; 5 mg; 7.5 mg; 10 mg; dispersible tablet: 2 mg; 3 mg; 5 mg', 'WHO EML 24th list (2025)'),
('pembrolizumab', 'concentrate for solution for infusion: 25 mg/mL in 4 mL vial', 'WHO EML 24th list (2025)'),
('letrozole', 'film-coated tablet: 2.5 mg', 'Femara US label (drugs.com, 14 January 2024)'),
('goserelin', 'implant: 3.6 mg (28-day); 10.8 mg (12-week, not indicated in women)', 'Zoladex US labels (drugs.com, 29 March 2023 and 23 October 2023)'),
('denosumab', 'injection: 120 mg/1.7 mL (70 mg/mL) in a single-dose vial (Xgeva)', 'Xgeva US label (DailyMed, 11 April 2025)'),
('pamidronic acid', 'injection: 30 mg, 60 mg, 90 mg vials (3, 6, 9 mg/mL pamidronate disodium)', 'pamidronate disodium injection US label (Hospira; DailyMed, 19 December 2023)'),
('exemestane', 'coated tablet: 25 mg', 'Aromasin summary of product characteristics (Ireland)'),
('fulvestrant', 'solution for injection: 250 mg/5 mL pre-filled syringe (a 500 mg dose is two syringes)', 'Faslodex UK patient leaflet (medicines.org.uk, 13 June 2023)'),
('palbociclib', 'tablet: 75 mg, 100 mg, 125 mg; capsule: 75 mg, 100 mg, 125 mg', 'Ibrance tablets US highlights (Pfizer); capsules: MIMS'),
('ribociclib', 'film-coated tablet: 200 mg', 'Kisqali US label (DailyMed, 24 August 2023)'),
('abemaciclib', 'tablet: 50 mg, 100 mg, 150 mg, 200 mg', 'Verzenio US label (Lilly)'),
('pertuzumab', 'injection: 420 mg/14 mL (30 mg/mL) in a single-dose vial', 'Perjeta US label (DailyMed, 10 April 2025)'),
('trastuzumab emtansine', 'lyophilised powder in single-dose vials: 100 mg, 160 mg', 'Kadcyla US label (DrugCentral)'),
('trastuzumab deruxtecan', 'lyophilised powder for injection: 100 mg in a single-dose vial', 'Enhertu US label (DailyMed, 28 January 2025; drugs.com)'),
('tucatinib', 'film-coated tablet: 50 mg, 150 mg', 'Tukysa US label (DailyMed, 4 November 2024)'),
('eribulin', 'injection: 1 mg/2 mL (0.5 mg/mL eribulin mesylate) in a single-dose vial', 'Halaven US label'),
('alpelisib', 'film-coated tablet: 50 mg, 150 mg, 200 mg', 'Piqray US label (DailyMed)'),
('capivasertib', 'film-coated tablet: 160 mg, 200 mg', 'Truqap UK patient leaflet (medicines.org.uk)'),
('elacestrant', 'tablet: 86 mg, 345 mg', 'Orserdu (empr.com drug summary; not the label itself)'),
('olaparib', 'film-coated tablet: 100 mg, 150 mg', 'Lynparza EU summary of product characteristics'),
('talazoparib', 'capsule: 0.1 mg, 0.25 mg, 0.35 mg, 0.5 mg, 0.75 mg, 1 mg', 'Talzenna US prescribing information (prescriberpoint.com)'),
('sacituzumab govitecan', 'lyophilised powder for injection: 180 mg in a single-dose vial', 'Trodelvy US label (DailyMed, 31 March 2025)'),
('datopotamab deruxtecan', 'lyophilised powder for injection: 100 mg in a single-dose vial', 'Datroway US label (DailyMed, 28 January 2025)');

UPDATE drug d SET formulations = f.formulations, formulations_source = f.source, version = d.version + 1
FROM forms f WHERE d.inn = f.inn;
DROP TABLE forms;
