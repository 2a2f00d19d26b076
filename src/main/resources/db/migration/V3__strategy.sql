-- ValueBench workspace schema 3: the strategy canvas. Competing factors of a canvas, the customer items each
-- matters through, and the 1-5 ratings of every offer on every factor.
CREATE TABLE factor (
    id              INTEGER PRIMARY KEY,
    canvas_id       INTEGER NOT NULL REFERENCES canvas (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    name            TEXT    NOT NULL CHECK (trim(name) <> ''),
    -- The promise or customer item the factor was made from; a free factor has none.
    source_item_id  INTEGER REFERENCES item (id) ON DELETE SET NULL,
    action          TEXT    NOT NULL DEFAULT 'NONE'
                            CHECK (action IN ('NONE', 'ELIMINATE', 'REDUCE', 'RAISE', 'CREATE')),
    action_note     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX factor_by_canvas ON factor (canvas_id, position);
CREATE INDEX factor_by_source ON factor (source_item_id);

CREATE TABLE factor_link (
    factor_id         INTEGER NOT NULL REFERENCES factor (id) ON DELETE CASCADE,
    customer_item_id  INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    PRIMARY KEY (factor_id, customer_item_id)
);
CREATE INDEX factor_link_by_item ON factor_link (customer_item_id);

-- One cell of the ratings grid. offer_item_id is a competitor or substitute item, or NULL for the canvas's
-- own offering; a cell with neither score nor note is not stored.
CREATE TABLE rating (
    factor_id      INTEGER NOT NULL REFERENCES factor (id) ON DELETE CASCADE,
    offer_item_id  INTEGER REFERENCES item (id) ON DELETE CASCADE,
    score          INTEGER CHECK (score BETWEEN 1 AND 5),
    note           TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX rating_cell ON rating (factor_id, ifnull(offer_item_id, 0));
CREATE INDEX rating_by_offer ON rating (offer_item_id);

PRAGMA user_version = 3;
