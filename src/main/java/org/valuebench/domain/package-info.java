/**
 * Records and rules of the value proposition canvas: canvases, items, links, promises, feedback, strategy, limits
 * and the messages' quoting of values. Depends on nothing of ours.
 */
package org.valuebench.domain;
