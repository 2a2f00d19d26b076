/**
 * The participants' HTTP listener (issue 25): Javalin on Jetty, bound to the one network address the facilitator
 * chose while joining is open. It serves the participant page from the jar's resources and hands every request to
 * an {@link org.valuebench.app.join.ParticipantDoor}; it checks only what HTTP can check (size, content type,
 * JSON shape) and leaves every rule of the workshop to the room. See docs/join-api.md and
 * docs/workshop-security.md. No JavaFX here; only the composition root (ui.ValueBenchApp) creates the listener.
 */
package org.valuebench.web;
