package org.valuebench.app;

/** Hears of a new edit of a canvas's content just before it is made (see {@link Workbench#watchEdits}). */
@FunctionalInterface
public interface EditWatch {
    EditWatch NONE = canvasId -> { };

    /** Called before the edit's transaction; may write in one of its own, and may refuse the edit by throwing. */
    void beforeEdit(long canvasId);
}
