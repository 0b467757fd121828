-- Each agent's standard schedule (its text and the dose numbers of the annual-cost arithmetic) is defined once, in
-- platform-common's org.bcbm.common.regimen.AgentSchedules, whose values were copied from these columns as migrated
-- through V15. The drug table stops holding a copy. Investigational agents (V15) have no schedule.
ALTER TABLE drug DROP COLUMN dose_mg;
ALTER TABLE drug DROP COLUMN administrations_per_cycle;
ALTER TABLE drug DROP COLUMN cycle_days;
ALTER TABLE drug DROP COLUMN schedule;
ALTER TABLE drug DROP COLUMN schedule_source;

-- DrugChanged.schedule now comes from AgentSchedules (its wording differs from the old column's in places, and the
-- investigational agents' placeholder text becomes null): every drug is a new version, so it is published again.
UPDATE drug SET version = version + 1;
