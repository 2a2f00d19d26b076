/**
 * Records and rules of a leadership workshop on a canvas: the agenda and its time boxes, participants, who
 * contributed which card, dot votes and their tally, and the decisions applied from a vote. Pure: no SQL, no UI.
 */
package org.valuebench.domain.workshop;
