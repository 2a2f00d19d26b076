/**
 * The strategy canvas of a canvas: factors, their links, ratings, four actions and the differentiation
 * analysis, as undoable commands.
 */
package org.valuebench.app.strategy;
