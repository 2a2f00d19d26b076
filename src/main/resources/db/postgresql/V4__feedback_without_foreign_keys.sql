-- Team workspace schema 4: feedback has no foreign keys. PostgreSQL checked them row by row, which made a large
-- import several times slower than the COPY that carries it (src/bench/team-import.sh). Integrity is kept by the
-- code, with the same SQL on both engines: whatever deletes an item, a canvas or an import deletes its feedback
-- explicitly afterwards, and an import locks its promises (FOR KEY SHARE) before writing records that point to
-- them. The running sums (feedback_cell, feedback_month_cell) keep theirs. See
-- docs/decisions/0011-feedback-without-foreign-keys.md.
ALTER TABLE feedback DROP CONSTRAINT feedback_promise_item_id_fkey,
                     DROP CONSTRAINT feedback_import_id_fkey;
