/** The sample canvases, strategy and feedback a new default workspace is seeded with. */
package org.valuebench.app.samples;
