-- ValueBench workspace schema 4: an index for the drill-down's first page. The gap view lists the comments
-- behind a promise, newest first, with their count. Without this index SQLite read every record of the promise
-- (about 230,000 of 1,000,000) and sorted them for each page and count: close to a second of CPU, taken while
-- the JavaFX thread was building the view. With it, both read only the commented records in date order.
-- Partial, so records without a comment (most of them) cost an import nothing here.
CREATE INDEX feedback_comments_by_promise ON feedback (canvas_id, promise_item_id, voice, day)
    WHERE comment <> '';

PRAGMA user_version = 4;
