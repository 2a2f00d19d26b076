/**
 * Participants joining a running workshop from their own devices: the room (join code, participant tokens,
 * rate limits, retries answered once) and what each participant sees. The HTTP listener is behind
 * {@link org.valuebench.app.join.RoomServer}; every change goes through the app.workshop use cases on the thread
 * that owns the workbench ({@link org.valuebench.app.join.WorkshopAccess}), so it is undoable by the facilitator
 * and committed before it is acknowledged.
 */
package org.valuebench.app.join;
