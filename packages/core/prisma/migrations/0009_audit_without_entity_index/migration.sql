-- DropIndex
DROP INDEX "AuditEvent_entity_entityId_id_idx";
