-- Search of the request log by name. SQLite's LIKE and lower() fold ASCII
-- only, so "ääri" would not find "Ääri": requester_fold keeps the name folded
-- by Go (the function tsp_fold, registered by package data) and the triggers
-- keep it in step with requester_name, also for rows written by the import.
ALTER TABLE requests ADD COLUMN requester_fold TEXT NOT NULL DEFAULT '';
UPDATE requests SET requester_fold = tsp_fold(requester_name);
CREATE TRIGGER requests_fold_insert AFTER INSERT ON requests
BEGIN
    UPDATE requests SET requester_fold = tsp_fold(NEW.requester_name) WHERE id = NEW.id;
END;
CREATE TRIGGER requests_fold_update AFTER UPDATE OF requester_name ON requests
BEGIN
    UPDATE requests SET requester_fold = tsp_fold(NEW.requester_name) WHERE id = NEW.id;
END;
