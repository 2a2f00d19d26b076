/**
 * The Strategy tab: ratings grid, value curves, factors and their links, the four actions and the
 * differentiation analysis.
 */
package org.valuebench.ui.strategy;
