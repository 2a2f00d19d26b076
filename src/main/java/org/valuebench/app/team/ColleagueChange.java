package org.valuebench.app.team;

/**
 * A change a colleague committed to the team workspace.
 *
 * @param canvasId the canvas it changed, or 0 when it left none to show (a deleted canvas)
 * @param what     the edit's label, as in the colleague's Edit menu ("Add needs item", "Undo Rename canvas")
 */
public record ColleagueChange(long canvasId, String what) {
}
